"""Words right before an amount that settle its kind whatever word came earlier (fifth trial).

``money`` reads the nearest money word before an amount, so 事业支出增长1156.49万元 was read
as SPENDING (支出) and 事业收入增长376.28万元 as REVENUE: but an amount right after
增长/增加/减少 is by how much a figure changed, a CHANGE, with or without 比上年 (a rate
per person, 增加0.3万元/人, stays a rate; 增长到/增长至 is the new level, not a change, and
is left as it was). So is one right after a single 增 or 减 that ends a comparison with the
year before (较上年增17.1万元, 比上年减5万元, 同比增3万元, 较2017年减0.5万元: twelfth trial),
whatever kind word the figure compared names (基本支出预算较上年增…: not the budget), also
where the comparison names last year's 决算数 or 预算数 (收入合计…较上年决算数减65.62万元:
the 决算 was read as spending; eighteenth trial), or names it with what it is of
(收支总决算3746万元,比上年收支总决算增238万元: both sides' change, not their 收 and 支;
forty-fifth trial). So is
one right after 增收/减收 (业务收入超上年度增收27万元: revenue grew by it; seventh held-out
trial). A 项目资金总额 is the project's whole allotment, a BUDGET, not money spent
(…公用经费项目资金总额6.46万元: 经费 was the nearest word). 执行预算资金 is the budget as
executed, SPENDING (预算资金 was the nearest word). 安排…资金 (2024年度安排财政衔接资金
2110万元) is funds the budget arranges, BUDGET, where no word before named a kind.
"""

from __future__ import annotations

import re

__all__ = ["growth_kind"]

_CHANGE = re.compile(
    r"(?:(?:增长|增加|减少|增收|减收)了?"
    r"|(?:(?:较|比)(?:上年|上一年|20\d\d年)度?(?:同期)?(?:的)?"
    r"(?:(?:收支|收入|支出)?总?(?:决算数?|预算数?))?(?:相比)?"
    r"|同比)[增减])\s*$"
)
_TOTAL = re.compile(r"项目资金总额(?:为|是|共)?\s*$")
_EXECUTED = re.compile(r"执行预算资金(?:为|是|共)?\s*$")
_ARRANGED = re.compile(r"安排[^，,。；;：:使支\d]{0,10}?资金(?:为|是|共)?\s*$")


def growth_kind(own: str, kind: str | None) -> str | None:
    """The kind the words right before the amount settle (see above); else ``kind``."""
    if kind == "PRICE_OR_RATE":
        return kind
    if _CHANGE.search(own):
        return "CHANGE"
    if _TOTAL.search(own):
        return "BUDGET"
    if _EXECUTED.search(own):
        return "SPENDING"
    if kind is None and _ARRANGED.search(own):
        return "BUDGET"
    return kind
