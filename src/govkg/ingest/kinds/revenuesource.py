"""A part of a revenue total named as budgeted revenue is revenue (thirty-fourth trial).

A department's overview states what came in, then its sources:

    2022年本单位总收入为207.79万元,其中一般公共财政拨款预算收入155.11万元,其他收入52.68万元

预算收入 reads as a budget (年初预算收入), but a part listed under 其中 right after a total of
revenue (总收入) is that revenue by its source: 财政拨款预算收入 names where the money came
from (the budget's appropriation), as 财政拨款收入 does. Such a part is REVENUE where its own
words after 其中 are only a source's name ending in 预算收入. A 预算收入 stated on its own,
or under a total of the budget (收入预算…其中…预算收入), keeps its reading.
"""

from __future__ import annotations

import re

from govkg.ingest.kinds.partkinds import kind_of_total

__all__ = ["revenue_source_kind"]

_SOURCE_NAME = re.compile(r"[^，,。；;：:\d（()）]{0,16}?预算收入[为是：:]?\s*$")


def revenue_source_kind(
    text: str, start: int, own: str, kind: str | None, kinds: list[tuple[int, str | None]]
) -> str | None:
    """REVENUE for a source's budgeted revenue listed under a revenue total (the rule
    above); else ``kind``."""
    if kind != "BUDGET" or "其中" not in own:
        return kind
    part = own[own.rfind("其中") + 2 :].lstrip("：: ")
    if not _SOURCE_NAME.fullmatch(part):
        return kind
    return "REVENUE" if kind_of_total(text, start, kinds) == "REVENUE" else kind
