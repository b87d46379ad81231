"""A form cell written with its own unit (``150万``, ``125.25万``, ``150万元``), found in the
seventh held-out trial: a 项目支出绩效自评表 whose money cells under 项目资金 (万元) repeat
the unit, some with 万 alone. Such a cell is a figure of the grid, never a row's label (a
label read from it let the 分值 and 得分 after it be read as money); its amount is in its own
unit (万 alone is 万元 here: a money column's cell).
"""

from __future__ import annotations

import re

__all__ = ["own_unit", "unit_cell"]

_OWN = re.compile(r"(?P<figure>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(?P<unit>万元|万|亿元|元)")
_UNITS = {"万": "万元", "万元": "万元", "亿元": "亿元", "元": "元"}


def unit_cell(text: str) -> bool:
    """Whether a whole cell is a figure with its unit: ``150万``, ``125.25万元``."""
    return _OWN.fullmatch(text.strip()) is not None


def own_unit(text: str) -> tuple[str, str] | None:
    """The figure and unit (万元, 亿元, 元) of a cell written with its unit, else None."""
    found = _OWN.fullmatch(text.strip())
    return (found["figure"], _UNITS[found["unit"]]) if found else None
