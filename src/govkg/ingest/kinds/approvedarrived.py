"""Funds approved, said after their figure to have all arrived, are money received (trial 62).

A project's evaluation says what was approved for it and, in the same breath, that it came in
(trial 62's 1240, a school's student-aid project: 项目批复资金350万已全部到位,属于省财政下拨资金).
The figure's own words name a budget (批复), yet what the sentence states of it is its arrival:
money in hand, REVENUE, as the corpus reads 到位 said after a figure (衔接资金105万元已全部到位,
上级下达…资金412万元,已全部拨付到位: ``saidafter.RECEIVED_AFTER``, which ``money`` reads over
a 下达's budget but not over a 批复's).

Only where the amount's own words end on the approved funds' name (批复资金, 批复的经费,
批复项目资金), nothing after 资金 / 经费; an approval of a total investment or of spending
(批复总投资, 批复支出) and a budget said otherwise (年初预算) keep their reading.
"""

from __future__ import annotations

import re

__all__ = ["approved_funds"]

_APPROVED_FUNDS = re.compile(r"批复的?(?:项目|专项)?(?:资金|经费)(?:共计?|合计|为)?\s*$")


def approved_funds(own: str) -> bool:
    """Whether an amount's own words end on funds approved (批复资金: see above)."""
    return _APPROVED_FUNDS.search(own) is not None
