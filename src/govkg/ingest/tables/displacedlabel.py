"""A flattened table's row whose label the extraction moved past the last row: its cells
follow the row before, its label stands alone after the table (thirty-eighth trial).

A court's PDF 三公 table, flattened onto one line, writes the 因公出国(境)费 row's cells
right after 合计's and its label after the last row::

    项 目 预算数 决算数 合 计 65.00 64.87 0 0 公务接待费 21.00 21.00 … 公务用车购置 0 0
    因公出国(境)费 二、…

The generic reader takes a row's first cells, one per money column, so the 0 0 were neither
read nor listed. Here they are read as the row of that lone label only where all of it
holds: every column of the table is a money column (a form's 分值 / 执行率 / 得分 after them
would take the cells); exactly one row has, after its own cells, exactly one more cell per
money column and nothing else; and the label right after the last row with figures has no
figure at all and is no heading or sentence (二、其他说明。 opens what follows the table).
Two such spills, a spill of another width, or no lone label after the rows leave the cells
as today.
"""

from __future__ import annotations

import re

__all__ = ["displaced_label_row"]

_HEADING = re.compile(
    r"^[一二三四五六七八九十]+[、.．]|^[（(][一二三四五六七八九十]+[)）]|[。；;]"
)
"""The text's next heading (二、, (二)) or a sentence after the table: no row's label."""


def displaced_label_row(labels: list, columns: list[str], money_columns: int, figure: re.Pattern):
    """The row (label, [(column, cell)…]) the spilled cells make with the lone label after
    the table's rows, or none (see above). ``labels``: each label and the cells after it."""
    if money_columns != len(columns) or not all(columns):
        return []  # a column of scores or rates after the money's: its cells are no spill
    spills = []
    for _, values in labels:
        extra = values[money_columns:]
        if _has_figure(extra, figure):
            spills.append(extra)
    if len(spills) != 1 or len(spills[0]) != money_columns:
        return []
    spill = spills[0]
    if not all(figure.fullmatch(cell.text) for cell in spill):
        return []
    filled = [at for at, (_, values) in enumerate(labels) if _has_figure(values, figure)]
    last_row = filled[-1] if filled else None
    if last_row is None or last_row + 1 >= len(labels):
        return []
    label, values = labels[last_row + 1]
    if _has_figure(values, figure) or _HEADING.search(label.text):
        return []
    row = [(at, cell) for at, cell in enumerate(spill) if columns[at]]
    return [(label, row)]


def _has_figure(cells: list, figure: re.Pattern) -> bool:
    return any(figure.fullmatch(cell.text) for cell in cells)
