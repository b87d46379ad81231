"""The later parts of a list under 其中 written figure first, each figure's use after it.

省级财政预算安排13100万元…资金,其中10100万元下拨各市(州)、县,3000万元用于采购省级救灾物资
(forty-eighth trial): each part's verb (下拨, 用于) stands after its figure, so the words right
before a later part are the part before's tail, not its own. They read 下拨 as money received;
the part has the kind of the part before it (the total's, ``partkinds``). Only where 其中 is
followed right away by a figure and every part since is a figure and its verb phrase.
"""

from __future__ import annotations

import re

__all__ = ["figure_first_part_kind"]

_VERB = r"(?:用于|下拨|下达|拨付|拨给|分配|安排|补助|支付)"
_PART = rf"\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|元)\s*{_VERB}[^，,。；;：:\d\n]{{1,30}}?[，,；;]\s*"
_LIST = re.compile(rf"其中\s*[:：]?\s*(?:{_PART})+$")
_SENTENCE_END = re.compile(r"[。！？!?\n]")


def figure_first_part_kind(
    text: str, start: int, kind: str | None, kinds: list[tuple[int, str | None]]
) -> str | None:
    """The kind of the part before for a later part of a figure-first list under 其中 (see
    above); else ``kind``."""
    if not kinds or kinds[-1][1] is None:
        return kind
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 200), start)]
    sentence_start = ends[-1] if ends else max(0, start - 200)
    if _LIST.search(text, sentence_start, start) is None:
        return kind
    return kinds[-1][1]
