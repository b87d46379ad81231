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

Twenty-third trial: 2021年…预算收入决算数为92.50万元,其构成为一般公共预算拨款收入… is the
决算 of the budget's revenue: what was received (REVENUE), not spent; the nearest words,
预算收入 then 决算数, read it as spending. 预算收入决算数 (or 预算收入的决算数) right before the
figure is REVENUE; 预算支出决算数 stays spending, 预算收入 alone a budget, and a change said
after it (预算收入决算数比上年增加) is read by its words.

Twenty-seventh trial: 实际全年执行预算资金合计233.64万元 (a transfer's self-evaluation) is
the same words with 全年 between and a 合计 after: the year's budget funds actually executed,
spent. 全年预算资金合计 without 实际…执行 stays a budget.
"""

from __future__ import annotations

import re

__all__ = ["budget_wording_kind"]

_JUST_BEFORE = r"[为是共计达：:\s]*$"
_PLANNED_REVENUE = re.compile(rf"预算\s*安排\s*的?\s*收入(?:总额|合计|总计)?{_JUST_BEFORE}")
_ACCOUNTED_REVENUE = re.compile(rf"预算\s*收入\s*的?\s*决算数?{_JUST_BEFORE}")
_EXECUTED_BUDGET = re.compile(
    rf"(?<![应需])实际\s*(?:全年\s*)?执行\s*的?\s*(?:支出)?\s*预算(?:数|金额|资金)?"
    rf"(?:合计|总计)?{_JUST_BEFORE}"
)


def budget_wording_kind(own: str, kind: str | None) -> str | None:
    """BUDGET for 预算安排收入, SPENDING for 实际执行支出预算, REVENUE for 预算收入决算数,
    right before the amount (see above); else ``kind``. ``own``: the amount's own words
    before it."""
    if _ACCOUNTED_REVENUE.search(own):
        return "REVENUE"
    if _PLANNED_REVENUE.search(own):
        return "BUDGET"
    if _EXECUTED_BUDGET.search(own):
        return "SPENDING"
    return kind
