"""A 收支 the figure's own clause has moved past: its side named after it, one figure of one side.

``money`` reads 收 and 支 stated together (收、支总计均为…, 收支较上年…, 收支决算…) as two
amounts, revenue and spending. A news item relaying a 三公 note may open on the publication of
the year's 收支决算 and, after a comma, state the 三公 figure with its own side (河南省2015年全省
及省级财政收支决算情况公布,去年省级一般公共预算安排的“三公”经费决算支出5亿元: trial 52's 862,
read as 5亿元 revenue and 5亿元 spending): the clause the figure stands in names 支出 after the
joint, so the figure is that side alone, read by its own words. A joint whose figure follows it
in the same comma-clause (收支决算总计各是…, 收、支总计均为…) keeps both sides.
"""

from __future__ import annotations

import re

__all__ = ["side_named_after"]

_SIDE_AFTER = re.compile(r"[，,][^，,]*?(?:收入|支出)[^，,]*$")
"""A later comma-clause, the figure's own, naming one side: ,…“三公”经费决算支出"""


def side_named_after(own: str, joint: re.Match) -> bool:
    """Whether the words after ``joint`` up to the figure open a clause naming one side."""
    return bool(_SIDE_AFTER.search(own, joint.end()))
