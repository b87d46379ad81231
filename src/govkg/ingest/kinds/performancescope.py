"""Money said to be brought under performance management is a scope, not money spent (trial 56).

A news item on the central departments' accounts reports how far performance management has
reached (trial 56's 1021: 数据显示,2015年纳入绩效目标管理的项目支出金额约2140亿元,比上年增长约60%,
并已基本覆盖所有新增项目; a spun mirror writes 目标 as 目的): the amount measures the practice's
coverage, the project spending whose targets are managed, no spending of one body's budget
and no budget either, OTHER, as ``evaluatedcount`` reads the money a count of evaluations
covers. Only where the amount's own words say it was brought under a management of performance
(纳入…绩效…管理的…金额 / 资金 / 支出), and only a figure they read as spent or as nothing; a
budget note's goal sum (``goalsum``), money 纳入 a budget or a special account (纳入预算管理的
非税收入, 纳入专户管理) and a fund's evaluation (纳入绩效评价的资金, the corpus's 432: the
evaluated funds, a budget) keep their readings.
"""

from __future__ import annotations

import re

__all__ = ["performance_scope_kind"]

_SCOPE = re.compile(
    r"纳入[^，,。；;：:\d]{0,8}?绩效[^，,。；;：:\d]{0,4}?管理(?:范围)?的?"
    r"[^，,。；;：:\d]{0,12}?(?:金额|资金|支出|规模)(?:总额|总量|合计|共计)?\s*(?:为|是|达|约|共)*\s*$"
)
"""The amount's own words: 纳入绩效目标管理的项目支出金额约 (the coverage's money)."""


def performance_scope_kind(own: str, kind: str | None) -> str | None:
    """OTHER for an amount whose own words ``own`` bring it under performance management
    (see above), read as spent or as nothing; else ``kind``."""
    if kind in (None, "SPENDING") and _SCOPE.search(own):
        return "OTHER"  # 纳入绩效目标管理的项目支出金额约2140亿元: the practice's coverage
    return kind
