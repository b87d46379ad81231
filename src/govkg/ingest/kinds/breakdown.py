"""A total split by the nature of its spending (按支出性质分): 基本支出 names a part, not a payment.

A whole-department form (部门整体支出绩效自评表) splits its year's funds two ways under the
total's row: 按收入性质分 (一般公共预算…, 其他资金…) and 按支出性质分 (其中:基本支出:1768.16万元,
项目支出:2985.5万元). There 基本支出 and 项目支出 say what the money is for, not that it was
spent: the parts have the kind of the total they split, which may be its budget (found in
the fourth held-out trial, where they add up to the 全年预算数, not to the 执行数).

So an amount whose own words name only such a part (基本支出, 项目支出, 人员经费, 公用经费),
within a few cells after a 按支出性质分 heading, is not read as spending: it is listed unread,
saying why. Not where its own words name a kind besides the part (基本支出决算数, 项目支出预算),
and not without the heading (项目支出2985.5万元 in a sentence is spending, as ``money`` reads).
Kept apart from ``money`` (a module of its size); ``contextkinds`` asks it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["breakdown_kind"]

_HEADING = re.compile(r"按支出(?:性质|经济分类|功能分类)分")
_PART = re.compile(r"(?:基本支出|项目支出|人员经费|公用经费)[\s:：为]*$")
REACH = 160  # characters back to the heading: the few cells of the breakdown
REASON = (
    "a part of a total split by the nature of its spending (按支出性质分): 基本支出/项目支出 "
    "name what the money is for, not that it was spent, and the total's kind is not read"
)


def breakdown_kind(
    text: str, start: int, own: str, kind: str | None, kind_of: Callable[[str], str | None]
) -> tuple[str | None, str | None]:
    """(kind, reason if unread) of an amount that is a part of a breakdown (see above)."""
    if kind != "SPENDING":
        return kind, None
    part = _PART.search(own)
    if part is None or kind_of(own[: part.start()].split("其中")[-1].strip(" :：")):
        return kind, None
    if not _HEADING.search(text, max(0, start - REACH), start):
        return kind, None
    return None, REASON
