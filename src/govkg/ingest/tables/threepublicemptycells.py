"""A piped “三公”经费 item table whose empty cells end its rows early (thirty-first trial).

A 三公 预算 note's table, piped one cell a line, leaves an item it has no money for empty:

    一、2020年一般公共预算“三公”经费支出预算表
    单位:万元
    项 目 | 预 算 数 | 合 计 | 0.36 | 因公出国(境)费 | | 公务接待费 | 0.36 |
    公务用车购置及运行费 | | 其中:公务用车运行费 | | 公务用车购置费 | |

The cells ``threepublicgrid`` reads are the words between borders, an empty cell none: the
label after an empty cell came right after a label, which ends its table there, so only the
合计 row was left, its head taken for a column, and nothing was read (every cell listed
unread). Here each border closes a cell, an empty one too: after the label head (项目) and
the money columns' heads (``threepublicitemgrid``: 预算数 BUDGET, 决算数 SPENDING, 其中 a
part), each row is its label and one cell a column, a figure or empty; the rows end at the
first that is not (a sentence, a figure for a label, a row that counts: 辆). Its figures are
read only where the table proves the rows: the first row is the 合计, the rows name two 三公
items, and in each column the 合计 is the sum of the first-level or of the lowest rows, an
empty cell nothing (``sums_check``); and never where the title above names the other kind
(a …决算表 over a 预算数 column). An empty cell states no amount and is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govkg.ingest.tables.bordercells import bordered_cells
from govkg.ingest.tables.threepublicitemgrid import columns_of, sums_check
from govkg.ingest.threepublic.words import ITEM_HEADS

__all__ = ["empty_cell_grid"]

_FIGURE = re.compile(r"\d{1,9}(?:\.\d{1,6})?")
_TOTAL = re.compile(r"^(?:合计|总计)$")
_ITEMS = re.compile(ITEM_HEADS)
_COUNTS = re.compile(r"行次|列次|辆|批次|人次|人数|[（(](?:个|人|次)[）)]")
_WORD = re.compile(r"[\u4e00-\u9fff]")
_MAX_LABEL = 30  # characters of a row's label; a longer cell is the note's prose


def empty_cell_grid(blank: str, start: int, stop: int, title: str, year: int | None) -> Iterator:
    """(start, end, figure, kind, label, shift) of each cell the table proves (see above)
    in the piped cells of ``blank[start:stop]`` (pinyin blanked, simplified)."""
    cells = bordered_cells(blank, start, stop)
    while cells and not cells[0][2]:
        cells = cells[1:]  # 单位:万元 |: the unit's own cell, closed by its border, is empty
    at = next((i for i, (_, _, word) in enumerate(cells) if _TOTAL.match(word)), None)
    if at is None or at < 2:
        return
    columns = columns_of([word for _, _, word in cells[:at]], year)
    if not columns or at != len(columns) + 1:
        return  # the heads are a label's head and the money columns, nothing else
    kinds = {kind for _, kind, _ in columns}
    if ("决算" in title and "预算" not in title and "BUDGET" in kinds) or (
        "预算" in title and "决算" not in title and "SPENDING" in kinds
    ):
        return
    rows = _rows(cells[at:], len(columns))
    named = len(set(_ITEMS.findall("".join(label for label, _ in rows))))
    as_zero = [(label, [c if c[2] else (c[0], c[1], "0") for c in row]) for label, row in rows]
    if named < 2 or not sums_check(as_zero, len(columns)):
        return
    for label, row in rows:
        for cell, (head, kind, shift) in zip(row, columns, strict=True):
            if cell[2]:
                yield cell[0], cell[1], cell[2], kind, f"{label} {head}", shift


def _rows(cells, width: int) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """(label, cells) of each row: a label, then ``width`` cells each a figure or empty; up
    to the first that is not."""
    rows = []
    for at in range(0, len(cells) - width, width + 1):
        label, row = cells[at][2], cells[at + 1 : at + 1 + width]
        if not _WORD.search(label) or len(label) > _MAX_LABEL or _COUNTS.search(label):
            break
        if any(c[2] and not _FIGURE.fullmatch(c[2]) for c in row):
            break
        rows.append((label, list(row)))
    return rows
