"""A goal's value written at the end of its indicator's path is PLANNED (twelfth trial).

A self-evaluation may list each goal as the path of its indicator, levels joined by dashes,
the goal's value last, then what was done:

    2、投入-成本目标-预算执行情况-投入 1000 万元,实际完成989.935 万元

The 执行 of the indicator's name (预算执行情况) made the value spending, but the amount at the
path's end is what the goal set, PLANNED, and the one after 实际完成 what was done. Read
only where the path has at least three levels, the second naming a 目标 (成本目标, 数量目标,
时效目标), the first a level of the indicator table (投入, 产出, 效益, 满意度, 过程, 决策),
and where 实际 (完成, 执行, 支出) follows the amount: both the path and the done value
are written. An amount in a path with no done value after it, or in a sentence that only
mentions a goal, keeps its reading.
"""

from __future__ import annotations

import re

__all__ = ["goal_path_kind"]

_PART = r"[^-—，,。；;：:\n\d]"
_PATH = re.compile(
    rf"(?:投入|产出|效益|满意度|过程|决策){_PART}{{0,6}}[-—]{_PART}{{0,10}}目标[-—]"
    rf"{_PART}{{1,24}}[-—]{_PART}{{0,8}}[ \t\u3000]*$"
)
_DONE_AFTER = re.compile(r"[ \t\u3000]*[，,][ \t\u3000]*实际(?:完成|执行|支出)")
REACH = 60  # characters before the amount in which its path is written


def goal_path_kind(text: str, start: int, end: int, kind: str | None) -> str | None:
    """PLANNED for a goal's value at the end of its indicator's path (see above); else
    ``kind``."""
    if kind in ("CHANGE", "PRICE_OR_RATE") or not _DONE_AFTER.match(text, end):
        return kind
    if not _PATH.search(text, max(0, start - REACH), start):
        return kind
    return "PLANNED"
