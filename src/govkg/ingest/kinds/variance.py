"""A difference from the budget (比年初预算减少537.35万元) is no change on last year: OTHER.

``money`` reads 增加/减少 as a CHANGE (较上年增加…), the year's difference. A report of the
year's accounts also states how far its outcome fell short of or beyond its budget
(财政拨款本年收入1205.11万元,完成年初预算的70%,比年初预算减少537.35万元: fourth held-out
trial): a difference between two figures of one year, neither budget nor spending nor
change, so OTHER, as ``money`` already reads 超出预算 and 差值. Only where the words right
before the amount compare with a budget (比/较/与 + 年初/调整后 + 预算(数) + 增加/减少…);
较上年增加 stays a change.

A budget compared with the budget it was adjusted from is a change of the budget, CHANGE:
年中调整预算为 1781.86 万元,比年初预算增加 758.97 万元 (eighth held-out trial, 133) — the
figure the comparison is of is itself the adjusted budget (调整(后)预算…, written right
before the 比), so the difference is the budget's adjustment, not an outcome's shortfall.
"""

from __future__ import annotations

import re

from govkg.ingest.threepublic.variance import of_three_public_item

__all__ = ["variance_kind"]

_FROM_BUDGET = re.compile(
    r"(?:较|比|与)(?:年初|全年|调整后?)?预算数?(?:相比)?[，,]?(?:增加|减少|增长|下降|超支|节约)了?\s*$"
)
_ADJUSTED_BEFORE = re.compile(
    r"调整后?(?:的)?预算(?:数|总额)?(?:为|是|达)?\s*[\d.,]+\s*[万亿]?\s*元\s*[，,]?\s*"
    r"(?:较|比|与)年初预算数?(?:相比)?[，,]?(?:增加|减少|增长|下降)了?\s*$"
)
REACH = 60  # characters before the amount in which the adjusted budget is written


def variance_kind(own: str, kind: str | None, text: str = "", start: int = 0) -> str | None:
    """OTHER for a CHANGE whose own words compare with the budget, unless what is compared
    is the adjusted budget itself (``text[:start]`` ends so); else ``kind``."""
    if kind != "CHANGE" or not _FROM_BUDGET.search(own) or of_three_public_item(text, start):
        return kind
    if _ADJUSTED_BEFORE.search(text[max(0, start - REACH) : start]):
        return kind
    return "OTHER"
