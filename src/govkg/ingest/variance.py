"""A difference from the budget (比年初预算减少537.35万元) is no change on last year: OTHER.

``money`` reads 增加/减少 as a CHANGE (较上年增加…), the year's difference. A report of the
year's accounts also states how far its outcome fell short of or beyond its budget
(财政拨款本年收入1205.11万元,完成年初预算的70%,比年初预算减少537.35万元: fourth held-out
trial): a difference between two figures of one year, neither budget nor spending nor
change, so OTHER, as ``money`` already reads 超出预算 and 差值. Only where the words right
before the amount compare with a budget (比/较/与 + 年初/调整后 + 预算(数) + 增加/减少…);
较上年增加 stays a change.
"""

from __future__ import annotations

import re

__all__ = ["variance_kind"]

_FROM_BUDGET = re.compile(
    r"(?:较|比|与)(?:年初|全年|调整后?)?预算数?(?:相比)?[，,]?(?:增加|减少|增长|下降|超支|节约)了?\s*$"
)


def variance_kind(own: str, kind: str | None) -> str | None:
    """OTHER for a CHANGE whose own words compare with the budget; else ``kind``."""
    return "OTHER" if kind == "CHANGE" and _FROM_BUDGET.search(own) else kind
