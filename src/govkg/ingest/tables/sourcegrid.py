"""A unit's revenue by source, as a whole-department form's piped grid gives it (ninth trial):

    年度收入情况(万元) | 机构名称 | 收入合计 | 其中: | 上年结转 | 公共财 政拨款 | 政府基金拨款 |
    纳入专户管理的非税收入拨款 | 其他 收入 | 团区委 | 70.183715 | 0 | 68.683715 | 0 | 0 | 1.5

Its header is split by a 其中: cell and by the empty cells of the ``||||`` lines between
rows, and its unit is in the caption a few cells above, which the general table rule
(``tables``) does not see. The row after the heads, a label and one figure per head, is read
only where its parts add up exactly to its 收入合计: each cell is then the kind its head says
(上年结转 CARRY_OVER, the rest REVENUE). A row whose parts do not add up, or that has fewer
figures than heads, is listed unread: no column is guessed.

A grid flattened one cell a line, a bar between cells and empty cells kept as bars alone
(sixty-second trial's 1263: 86.1 after two empty cells), is cut with its empty cells
(``pipedrow``): a row as many cells as heads, each a figure or empty, is read where its
figures add up to its 收入合计, and so is each row after it cut the same way (局机关,
二级机构1), up to ``MAX_ROWS``; a row of empty cells only holds nothing. A head written
上-结转 (a mirror printing 年 as a dash) is 上年结转.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govkg.ingest.facts import cite
from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.pipedrow import piped_row
from govkg.ingest.tables.tableunits import cell_unit
from govkg.ingest.text.numbers import yuan
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_source_grids"]

RULE = "money-table"
_CELL = re.compile(r"[^|\n]+")
_TOTAL = "收入合计"
_HEADS = (
    ("CARRY_OVER", re.compile(r"上[年-]结转(?:和结余)?")),
    ("REVENUE", re.compile(r"(?:公共财政|政府性?基金|[^|]{2,14}非税收入|财政)拨款|其他收入")),
)
_SKIPPED = re.compile(r"其中[:：]?")
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
REACH = 8  # cells back from the header to its caption's unit
MAX_ROWS = 12  # rows cut with their empty cells after the first (``pipedrow``)
REASON = (
    "a cell of a revenue-by-source table in {unit} whose parts do not add up to its 收入合计 "
    "or are fewer than its heads: its column is not certain, so it is not read"
)


def find_source_grids(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """The cells of each revenue-by-source grid of the text (see above)."""
    text = simplified(view.text)
    cells = [(m.start(), m.end(), re.sub(r"\s+", "", m.group())) for m in _CELL.finditer(text)]
    cells = [c for c in cells if c[2]]  # the ||||-lines' empty cells hold no column
    for at, (_, _, words) in enumerate(cells):
        if words != _TOTAL:
            continue
        kinds, heads, end = ["REVENUE"], [words], at + 1
        while end < len(cells) and (_SKIPPED.fullmatch(cells[end][2]) or _head(cells[end][2])):
            if kind := _head(cells[end][2]):
                kinds.append(kind)
                heads.append(cells[end][2])
            end += 1
        unit = next((u for c in cells[max(0, at - REACH) : at] if (u := cell_unit(c[2]))), None)
        if len(kinds) < 3 or unit is None or end >= len(cells):
            continue
        label, row = cells[end], cells[end + 1 : end + 1 + len(kinds)]
        if not all(_FIGURE.fullmatch(c[2]) for c in row):
            row = [c for c in row if _FIGURE.fullmatch(c[2])]
        amounts = [yuan(c[2], unit) for c in row]
        whole = len(row) == len(kinds) and amounts[0] == sum(amounts[1:], start=0 * amounts[0])
        if not whole and (piped := _piped_rows(text, cells, end, len(kinds))):
            for label, row in piped:
                yield from _row(view, label, row, kinds, heads, unit, year)
            continue
        for cell, kind, head in zip(row, kinds, heads, strict=False):
            yield _cell(
                view, label, cell, f"{label[2]} {head}", kind if whole else None, unit, year
            )


def _piped_rows(text: str, cells: list, at: int, heads: int) -> list:
    """The rows from the label ``cells[at]`` on, each cut with its empty cells (``pipedrow``)
    into as many cells as ``heads``, each a figure or empty: (label, cells) while they are so;
    empty where the first row is not."""
    rows: list = []
    while at < len(cells) and len(rows) <= MAX_ROWS:
        label = cells[at]
        if _FIGURE.fullmatch(label[2]) or _head(label[2]) or label[2] == _TOTAL:
            break
        cut = piped_row(text, label[1])
        if cut is None or len(cut[0]) != heads:
            break
        row, stop = cut
        if not all(_FIGURE.fullmatch(c[2]) or not c[2] for c in row):
            break
        rows.append((label, row))
        at = next((i for i in range(at + 1, len(cells)) if cells[i][0] >= stop), len(cells))
    return rows


def _row(view, label, row, kinds, heads, unit, year) -> Iterator[MoneyFound]:
    """A row cut with its empty cells: its figures read where they add up to its 收入合计 (an
    empty cell holds none), else listed unread."""
    amounts = [yuan(c[2], unit) if c[2] else None for c in row]
    parts = [a for a in amounts[1:] if a is not None]
    whole = amounts[0] is not None and amounts[0] == sum(parts, start=0 * amounts[0])
    for cell, kind, head in zip(row, kinds, heads, strict=True):
        if cell[2]:
            yield _cell(
                view, label, cell, f"{label[2]} {head}", kind if whole else None, unit, year
            )


def _cell(view, label, cell, named, kind, unit, year) -> MoneyFound:
    """One cell of a row: read with its head's kind, or (no kind) listed unread."""
    start, stop, figure = cell
    return MoneyFound(
        rule=RULE,
        cites=(cite(view, label[0], stop),),
        amount=yuan(figure, unit),
        figure=figure,
        unit=unit,
        as_written=cite(view, start, stop).quote,
        kind=kind,
        label=named,
        year=year,
        reason=None if kind else REASON.format(unit=unit),
    )


def _head(words: str) -> str | None:
    return next((kind for kind, pattern in _HEADS if pattern.fullmatch(words)), None)
