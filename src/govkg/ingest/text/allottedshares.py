"""The shares of an allotment of money listed place by place, each written with 万 and no 元.

万 without 元 is read as money only before a clause's end or a fund's name (``amounts``),
and the kinds' rules keep such a 万 only where a money word stands just before it: 2万户,
3万人次 are counts. A sentence that allots money (…资金于12月9日分配如下：) and then lists
its recipients each with a figure and 万 (甲镇8万、乙镇6万、…丙村10万) states money in every
item, however far the list runs past its money word (forty-eighth trial's 741). The list
needs two items at least, joined by 、, and a money word or an amount in 元 before the verb
in its sentence; an item whose 万 a measure word follows (2万户) ends the list there.
"""

from __future__ import annotations

import re

from govkg.ingest.text.numbers import NUMBER

__all__ = ["allotted_shares"]

_ITEM = rf"[^\d、，,。；;:：\n]{{1,12}}?(?:{NUMBER})万(?![\u4e00-\u9fff\d])"
"""A recipient's name, its figure and 万, no measure word after it."""
_LIST = re.compile(
    r"(?P<verb>分配|下达|下拨|拨付|分解|安排)[^\d。；;！？!?\n]{0,8}?[:：]?\s*"
    rf"(?P<items>{_ITEM}(?:、\s*{_ITEM})+)"
)
"""A verb of allotting, a few words (如下：/ 到各镇：), then two items or more."""
_MONEY_BEFORE = re.compile(r"资金|经费|款|补助|\d\s*(?:万元|亿元|元)")
"""What says the allotted thing is money: a fund's word or an amount in 元."""
_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
_FIGURE = re.compile(rf"(?P<fig>{NUMBER})万")


def allotted_shares(text: str) -> list[tuple[int, int]]:
    """(start, end) of each 万-alone share of a money allotment listed place by place."""
    found = []
    for allotment in _LIST.finditer(text):
        ends = list(_SENTENCE_END.finditer(text, 0, allotment.start("verb")))
        sentence_start = ends[-1].end() if ends else 0
        if not _MONEY_BEFORE.search(text, sentence_start, allotment.start("verb")):
            continue
        for figure in _FIGURE.finditer(text, allotment.start("items"), allotment.end("items")):
            found.append((figure.start(), figure.end()))
    return found
