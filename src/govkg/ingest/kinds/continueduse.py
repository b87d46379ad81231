"""Funds approved to be used on (经核批继续使用101.08万元) are carried over: CARRY_OVER.

A budget chain of a whole-department evaluation (twenty-first trial) runs 年初预算批复…,
经核批继续使用101.08万元, 年中追加…, 全年预算…: the second link is money of earlier years
approved for use this year. The reports' own glossary says what that is: 年初结转和结余 are
funds …结转到本年度按有关规定继续使用的资金. Read by the 使用 of its words it would pass
for money spent. So an amount right after 继续使用 (的资金 / 资金 / 为 may stand between) is
a carry-over; 已使用, 使用了, 实际使用 stay spending, and words after 继续使用 that name
another kind (继续使用…支出, …预算) are read by them (the nearest word, as ``money`` reads).
"""

from __future__ import annotations

import re

__all__ = ["continued_use_kind"]

_CONTINUED = re.compile(r"继续使用(?:的)?(?:资金|经费)?(?:为|是|共计?|合计)?[\s：:]*$")


def continued_use_kind(own: str, kind: str | None) -> str | None:
    """CARRY_OVER for a SPENDING amount whose own words end in 继续使用; else ``kind``."""
    if kind == "SPENDING" and _CONTINUED.search(own):
        return "CARRY_OVER"
    return kind
