"""A figure in 万 the excerpt ends on, its 元 cut, in a list of figures in 万元.

A stored excerpt may be cut right after a figure's 万, its 元 lost (trial 51's 834, 全国人大
常委会办公厅机关2012年部门预算: …其中:(1)人大事务21073.73万元,用于…的基本支出;(2)新闻出版
51.44万|): a bare 万 figure is read as money only where its clause has a money word, and the
item's own words here (新闻出版) have none. Where the text ends right after the 万 and the
figure before it in the same sentence, the list's item before, is written in 万元, the
figure is the list's next amount in the same unit, whose 元 the cut took: it is read as the
others are. Not where anything follows the 万 (2100万人次 is no money), not where the
sentence holds no figure in 万元, nor past a full stop.
"""

from __future__ import annotations

import re

from govkg.ingest.text.lastmatch import last

__all__ = ["yuan_cut_at_end"]

_SENTENCE_END = re.compile(r"[。！？!?\n]")
_IN_WAN_YUAN = re.compile(r"\d\s*万元")
REACH = 300  # characters looked back for the sentence's figure in 万元


def yuan_cut_at_end(text: str, start: int, end: int) -> bool:
    """Whether the bare 万 figure at ``text[start:end]`` ends the excerpt in a sentence whose
    figure before it is in 万元 (see above)."""
    if text[end:].strip() or not text[start:end].rstrip().endswith("万"):
        return False
    low = max(0, start - REACH)
    sentence = last(_SENTENCE_END, text, low, start)
    return _IN_WAN_YUAN.search(text, sentence.end() if sentence else low, start) is not None
