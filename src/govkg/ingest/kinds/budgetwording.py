"""A budget's words written in reverse order, as a whole-department evaluation writes its
budget and its execution (twenty-second trial):

    经调整,2021年度省红十字会全年预算安排收入为1449.54万元。2021年度省红十字会批复支出预算
    1824.15万元,实际执行支出预算1711.15万元,部门整体预算执行率为93.81%。

The nearest money word misreads both. 预算安排收入 is the revenue the budget plans to
receive, a budget (收入预算 turned round), not revenue received; 实际执行支出预算 is the
spending budget as actually executed, what was spent (the rate after it is spent over
approved), not a budget. Only where those words stand right before the figure (为, 是, a
colon between): an amount whose own words end on 预算安排(的)收入 is BUDGET; on 实际执行(的)
(支出)预算(数) SPENDING. Not 一般公共预算收入 (a fiscal account's revenue, no 安排), nor 应执行
or 批复 支出预算 (a budget), nor words after them that name another kind (实际执行支出预算较
上年增加: a change, read by its words).
"""

from __future__ import annotations

import re

__all__ = ["budget_wording_kind"]

_JUST_BEFORE = r"[为是共计达：:\s]*$"
_PLANNED_REVENUE = re.compile(rf"预算\s*安排\s*的?\s*收入(?:总额|合计|总计)?{_JUST_BEFORE}")
_EXECUTED_BUDGET = re.compile(
    rf"(?<![应需])实际\s*执行\s*的?\s*(?:支出)?\s*预算(?:数|金额|资金)?{_JUST_BEFORE}"
)


def budget_wording_kind(own: str, kind: str | None) -> str | None:
    """BUDGET for 预算安排收入, SPENDING for 实际执行支出预算, right before the amount (see
    above); else ``kind``. ``own``: the amount's own words before it."""
    if _PLANNED_REVENUE.search(own):
        return "BUDGET"
    if _EXECUTED_BUDGET.search(own):
        return "SPENDING"
    return kind
