"""The unit of a form's money heading printed after the column heads (thirty-seventh
trial's 500).

The form's first column head is 项目资金（万元）, one cell over two lines; a web page's
flattening may print its name before the column heads and its unit after them:

    项目资金 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | (万元) |
    年度资金总额 | 200 …

The unit cell closing the heads then declares the grid's unit, as it does printed before
them. Only where the money heading's name (项目资金, 资金) stands in the few cells before the
heads and the unit cell is the last of the heads' annotation cells: a (万元) further on, or
heads with no money heading before them, declare nothing; and ``selfeval_form`` takes the
unit only where the first row's 执行率, a percent, agrees with its money in it (a bare
fraction such as 0.90 proves nothing: ``rowrate`` reads such rows)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

__all__ = ["HEADING_BEFORE", "heading_unit_after"]

HEADING_BEFORE = 3  # cells before the heads in which the money heading's name stands
_HEADING = re.compile(r"(?:项目)?资金")
_UNIT_CELL = re.compile(r"[（(]\s*(万元|元)\s*[)）]")


class _Cell(Protocol):
    text: str


def heading_unit_after(before: Sequence[_Cell], through: Sequence[_Cell]) -> str | None:
    """The unit of the cell that ends ``through`` (the heads and their annotation cells),
    where one of the cells ``before`` the heads is the money heading's name; else None."""
    if not through or not any(_HEADING.fullmatch(cell.text) for cell in before):
        return None
    found = _UNIT_CELL.fullmatch(through[-1].text)
    return found[1] if found else None
