"""The total an allotment shares out, written with 万 and no 元 right before 分配.

万 without 元 is read as money only before a clause's end or a fund's name (``amounts``):
2万户, 3万人次 are counts. A sum a body decides how to share out (…对中央自然灾害资金,2022年
8月31日,区应急局党委会会议研究70万分配方案如下:对…十个乡镇分别补助7万元: forty-ninth
trial's corpus text 725) is money though 分配 follows its 万 at once: what is shared out in a
sentence that names a fund (资金, 经费, 补助, 款) or an amount in 元 before it is that money.
The shares listed after it are ``allottedshares``' (甲镇8万、乙镇6万). A measure word between
the 万 and 分配 (2万亩分配, 3万个名额分配) keeps it a count, and a sentence with no money word
before the figure (研究1万套房源分配) reads nothing.
"""

from __future__ import annotations

import re

from govkg.ingest.text.numbers import NUMBER

__all__ = ["allotment_totals"]

_TOTAL = re.compile(rf"(?P<fig>(?<![\d.]){NUMBER})(?P<unit>[万亿])(?=分配)")
_MONEY_BEFORE = re.compile(r"资金|经费|款|补助|\d\s*(?:万元|亿元|元)")
"""What says the allotted thing is money: a fund's word or an amount in 元 (``allottedshares``)."""
_SENTENCE_END = re.compile(r"[。；;！？!?\n]")


def allotment_totals(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, figure, unit word with 元) of each 万-alone total of an allotment."""
    found = []
    for total in _TOTAL.finditer(text):
        ends = list(_SENTENCE_END.finditer(text, max(0, total.start() - 400), total.start()))
        sentence_start = ends[-1].end() if ends else max(0, total.start() - 400)
        if _MONEY_BEFORE.search(text, sentence_start, total.start()):
            found.append((total.start("fig"), total.end(), total["fig"], total["unit"] + "元"))
    return found
