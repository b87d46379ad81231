"""A self-assessment form whose 得分 column head the flattening printed after the rows.

The national form's heads run 年初预算数 全年预算数 全年执行数 分值 执行率 得分; a sheet
saved to text may print the last head, 得分, after the rows it stands over (thirty-third
trial's 416: `… 分值 执行率(全年 执行数/全年 预算数) 年度资金总额: 620.82万元 620.82万元
620.82万元 100 100% 10 其中:当年财政 拨款 … 10 得分 上年结转资金`). Each row then has one cell
more than the heads before it, its last a score. ``selfeval_form`` reads such a row with 得分
added to the heads only where: the heads end with 执行率 and hold 分值 but no 得分, the word
得分 stands as a cell of its own among the cells after them before the form's grid ends
(its targets, 预期目标…), and the row fits the longer heads (a rate under 执行率, 得分 within
分值, the rate agreeing with 执行数 over 预算数). A row with as many cells as the heads is read
as before.
"""

from __future__ import annotations

import re

__all__ = ["late_points"]

REACH = 60  # cells after the heads in which the late 得分 is looked for
_POINTS = ("得分", "自评得分")


def late_points(cells: list[str], heads: list[str], after: int, stop: re.Pattern) -> bool:
    """Whether the heads ``heads`` (ending at cell ``after``) lack their 得分, printed as a
    cell of its own after the rows, before ``stop`` (see above)."""
    if not heads or heads[-1] not in ("执行率", "预算执行率") or "分值" not in heads:
        return False
    if any(head in _POINTS for head in heads):
        return False
    for cell in cells[after : after + REACH]:
        if cell in _POINTS:
            return True
        if stop.search(cell):
            return False
    return False
