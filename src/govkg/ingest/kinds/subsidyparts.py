"""A part named by its fund's 补助 under a budget total is a part of that budget.

补助 is a word of money received (中央补助2万元), but inside a fund's name (…补助资金, …补助费)
it names what the fund is, not that it arrived (``allocated`` reads 下达…补助资金 so). Listed
under 其中 after a total read as a budget (中央财政下拨…资金共16项,金额合计333,001万元;其中
省林业厅共13项,合计金额118,156万元,其中森林生态效益补偿资金40,671万元、…边境防火隔离带
补助费854万元、…国有林场改革补助资金27,652万元: forty-seventh trial), such a part has the
total's kind, as its neighbours without 补助 already have; so does such a part that follows
a budget item of its list after 、, where the 其中 is too far back to be seen. Not an amount
补助 governs as a verb (分别补助7万元), and not one whose own words name anything else
(收到, 到位, 支出).
"""

from __future__ import annotations

import re

from govkg.ingest.kinds.kindwords import KIND
from govkg.ingest.kinds.partkinds import kind_of_total

__all__ = ["subsidy_part_kind"]

_ITEM_CUT = re.compile(r"[、，,；;：:]")
_FUND_SUBSIDY = re.compile(r"补助(?=(?:专项)?(?:资金|费|金))")
"""补助 inside a fund's name: 补助资金, 补助费, 补助专项资金, 补助金."""


def subsidy_part_kind(
    text: str, start: int, own: str, kind: str | None, kinds: list[tuple[int, str | None]]
) -> str | None:
    """BUDGET for the amount at ``start`` whose own item's only money word is the 补助 of a
    fund's name, listed under 其中 after a budget total; else ``kind``."""
    if kind != "REVENUE":
        return kind
    cuts = list(_ITEM_CUT.finditer(own))
    item = own[cuts[-1].end() :] if cuts else own
    words = list(KIND.finditer(item))
    if not words or not all(_FUND_SUBSIDY.match(item, w.start()) for w in words):
        return kind
    if not all(w.group() == "补助" for w in words):
        return kind
    if kind_of_total(text, start, kinds) == "BUDGET":
        return "BUDGET"
    listed = _NEXT_ITEM.match(own) and kinds and kinds[-1][1] == "BUDGET"
    return "BUDGET" if listed else kind  # a long list: its 其中 is out of reach, its last item not


_NEXT_ITEM = re.compile(r"^\s*、")
"""The amount's own words open on 、: the next item of the list the amount before it is in."""
