"""Two figures given 分别 (respectively) for two names of different kinds take each its name's
kind, in order (trial 55).

A news item sets a year's accounts beside the next year's budget in one clause (969, on 住建部's
三公 note):

    住建部在公务接待费方面,去年决算和今年预算分别仅为26.07万元和13.95万元。

The first figure is the 决算 (spent), the second the 预算: ``money`` read both as budgets, by
the 预算 nearest each. Where the words before 分别 name two things joined by 和 / 与 / 及 / 、,
each naming a kind of money (决算, 预算, 支出, 收入, 结转…) and the two kinds differ, the first
figure after 分别(为) takes the first name's kind and the second figure (after 和 / 与 / 及 /
、, nothing else between) the second's: 年初预算与实际支出分别为12万元和11.5万元 is a budget and
a spending. Two names of one kind (甲经费和乙经费分别为3万元和10万元: two items, both read by
their own words), a name naming no kind (因公出国(境)经费与公务用车购置及运行维护费: fees'
names, ``itemfees``), a third figure and a rate keep their readings.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govkg.ingest.text.amounts import PINYIN

__all__ = ["paired_side_kind"]

_NAMES = (
    r"(?:^|[，,。；;：:\n])(?P<a>[^，,。；;：:元\n]{1,30})(?:和|与|及|、)"
    r"(?P<b>[^，,。；;：:元\n和与及、]{1,24}?)\s*分别\s*(?:仅|只|约|大约)?\s*(?:为|是)?"
    r"\s*(?:仅|只|约|大约)?\s*"
)
_FIRST = re.compile(_NAMES + r"$")
_SECOND = re.compile(
    _NAMES + r"\d[\d,]*(?:\.\d+)?\s*(?:万元|元|亿元|万|亿)?\s*(?:和|与|及|、)\s*$"
)
_KINDS = ("BUDGET", "SPENDING", "REVENUE", "CARRY_OVER")
REACH = 80  # characters before the amount in which the names are looked for


def paired_side_kind(
    text: str, start: int, kind: str | None, kind_of: Callable[[str], str | None]
) -> str | None:
    """The kind of the name the amount at ``start`` is given for, in order (see above);
    else ``kind``."""
    if kind == "PRICE_OR_RATE":
        return kind
    before = PINYIN.sub("", text[max(0, start - REACH) : start])
    found = _FIRST.search(before)
    second = found is None
    if second:
        found = _SECOND.search(before)
    if found is None:
        return kind
    first_kind, second_kind = kind_of(found["a"]), kind_of(found["b"])
    if first_kind not in _KINDS or second_kind not in _KINDS or first_kind == second_kind:
        return kind
    return second_kind if second else first_kind
