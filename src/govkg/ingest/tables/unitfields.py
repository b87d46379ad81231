"""Rule ``unit-fields``: a form's funds row written as fields, each label carrying the unit.

A county's project self-evaluation (Hunan's template, the twentieth trial's 250) writes its
funds in one row of fields, a label with its unit, then the cell, and under it one row per
source of funds, its label repeated in each column::

    计划安排资金 (万元) | 700 | 实际到位资金 (万元) | … | 实际支出 (万元) | … | 结余 (万元) | 0 |
    其中:中央财政 | | 其中:中央财政 | | 其中:中央财政 | | 其中:中央财政 | |
    县财政 | 700 | 县财政 | … | 县财政 | … | 县财政 | |

No figure there has a unit of its own and no column head stands over the cells, so no other
rule reads them. The fields are read only as such a run: at least two labels, each naming
its unit in brackets (万元, 元, 亿元), each followed at once by one cell of digits or an
empty one, a figure among them (a negative one too: 结余 (万元) | -55.78 |, listed unread
at its size, for an amount is never negative). A cell
is the amount of its label, in that label's unit, of the kind its label names
(``kinds.formfield``: 安排资金 and 计划投资额 BUDGET, 到位 REVENUE, 支出 SPENDING, 结余
CARRY_OVER; a label naming none leaves it unread). A source row right under the run, its
label written once for each field and one cell after each, has its k-th cell in the k-th
field's column; a row whose label comes more or fewer times is not the fields', and ends the
reading. A cell
that is no one number (``7,00.0,77``) or empty states nothing; a cell written ``无`` (a
source that gave nothing, ``其中:中央财政 | 无 |`` ×4 above 省财政's row: the twenty-eighth
trial's 355) or ``-`` is an empty one, so its row is the fields' too. A table's header row (预算数
(万元) | 决算数(万元) |, labels one after another) is no run of fields: its cells are left
to the table rules.

The same form flattened one cell a line (the twenty-second trial's 280: no bars, a blank
line between cells, an empty cell dropped) writes a label's unit on a line of its own
(``计划安排资金`` then ``(万元)``) and a source row as its label once per column, each followed by
its cell where the cell is not empty (``其它`` ``其它`` ``9.6`` ``其它`` ``9.6`` ``其它``). There a
line is a cell, a unit's line joins the label above it, and a figure is the cell of the
label occurrence right before it: the order places it (the second 其它's 9.6 is the second
field's). A source row where two figures follow one occurrence of its label places neither:
its figures are listed unread with the reason, and the reading ends. A flattening that keeps
an empty cell as an empty paragraph (the thirty-eighth trial's 528: ``结余(万元)`` then a
paragraph of a blank, ``县(市)财政`` then one in the fourth column) is read once more with
those paragraphs as empty cells; that reading only adds figures the first did not place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from govkg.ingest.kinds.formfield import field_kind
from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_unit_fields"]

RULE = "unit-fields"
_LABEL = re.compile(
    r"(?P<words>[\u4e00-\u9fff（）()]{2,16}?)\s*[（(]\s*(?P<unit>万元|元|亿元)\s*[）)]"
)
_DIGITS = re.compile(r"-?[\d.,]+")
_FIGURE = re.compile(r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
"""A cell's one number; a minus before it is an overspent 结余 (实际支出 1078.78 over 到位
1023: 结余 -55.78, the forty-second trial's 617): a cell of the row like the others, so the
run and its source rows go on, but listed unread (``NEGATIVE``)."""
NEGATIVE = (
    "a field's cell written with a minus (a balance overspent): a money figure's amount is "
    "never negative, so it is listed at its size, not read"
)
_NONE = frozenset({"", "无", "-", "—", "/"})
"""An empty cell: blank, or a source of funds that gave nothing written as such (``无``)."""
_ROW_LABEL = re.compile(r"[\u4e00-\u9fff（）():：]{2,16}")
_UNIT_LINE = re.compile(r"[（(]\s*(?:万元|元|亿元)\s*[）)]")
UNPLACED = (
    "a source row's cell of a form flattened one cell a line, after another cell of the same "
    "label: the order does not place it in a column, not read"
)


@dataclass(frozen=True)
class _Cell:
    text: str  # stripped
    start: int  # of the stripped text in the view


def find_unit_fields(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """Each figure of a run of unit-carrying fields and of its source rows (see above)."""
    text = simplified(view.text)
    seen: set[int] = set()
    for cells in (_cells(text), _line_cells(text), _line_cells(text, blanks=True)):
        for money in _fields(view, cells, year):
            if money.cites[0].start not in seen:  # a later reading adds, never re-reads
                seen.add(money.cites[0].start)
                yield money


def _fields(view: TextView, cells: list[_Cell], year: int | None) -> Iterator[MoneyFound]:
    at = 0
    while at < len(cells):
        fields = _run(cells, at)
        if len(fields) < 2 or not any(_FIGURE.fullmatch(value.text) for _, value in fields):
            at += 1
            continue
        for label, value in fields:
            yield from _read(view, value, label, label.text, year)
        at += 2 * len(fields)
        while (row := _source_row(cells, at, len(fields))) is not None:
            name, values, at = row
            if isinstance(values, str):  # two figures after one label: no column placed
                for cell in _row_figures(cells, at, name):
                    yield _unplaced(view, cell, fields[0][0], name, values, year)
                break
            for (label, _), value in zip(fields, values, strict=True):
                yield from _read(view, value, label, f"{name} {label.text}", year)
        else:
            at = yield from _last_field(view, cells, at, year)


def _last_field(view: TextView, cells: list[_Cell], at: int, year: int | None):
    """A field on a row of its own right after the form's run and its source rows (实际支出
    (万元) | 1020.02 |: thirty-sixth trial's 483, the form's last row one field wide) is the
    form's too: read as a field of the run is. Returns where the reading goes on."""
    tail = at
    while tail < len(cells) and not cells[tail].text:
        tail += 1
    more = _run(cells, tail)
    if len(more) != 1 or not _FIGURE.fullmatch(more[0][1].text):
        return at  # none, or a run of two or more: read as a run of its own
    label, value = more[0]
    yield from _read(view, value, label, label.text, year)
    return tail + 2


def _cells(text: str) -> list[_Cell]:
    """The cells between bars, stripped: a run of bars with nothing between is no cell, a
    bar on a line of its own (``|\\n|``) is an empty cell."""
    found = []
    for piece in re.finditer(r"[^|]+", text):
        lead = len(piece.group()) - len(piece.group().lstrip())
        found.append(_Cell(piece.group().strip(), piece.start() + lead))
    return found


def _line_cells(text: str, blanks: bool = False) -> list[_Cell]:
    """The cells of a form flattened one cell a line: each line with no bar, stripped; a
    line that is only a unit in brackets (``(万元)``) joins the label line above it. With
    ``blanks``, an empty paragraph between paragraphs one blank line apart is an empty cell
    the flattening kept (thirty-eighth trial's 528: ``结余(万元)`` then an empty paragraph
    before ``其中:中央财政``)."""
    found: list[_Cell] = []
    end = 0  # of the line before
    for line in re.finditer(r"[^\n]+", text):
        stripped = line.group().strip()
        if blanks and found:  # paragraphs one blank line apart: an empty one between is a cell
            gap = text.count("\n", end, line.start())
            found += [_Cell("", end + 1)] * max(0, (gap - 2) // 2)
        end = line.end()
        if "|" in stripped:
            found.append(_Cell("|", line.start()))  # a piped line: no cell of this kind
            continue
        if not stripped:
            continue
        lead = len(line.group()) - len(line.group().lstrip())
        if _UNIT_LINE.fullmatch(stripped) and found and _ROW_LABEL.fullmatch(found[-1].text):
            found[-1] = _Cell(f"{found[-1].text} {stripped}", found[-1].start)
            continue
        found.append(_Cell(stripped, line.start() + lead))
    return found


def _row_figures(cells: list[_Cell], at: int, name: str) -> list[_Cell]:
    """The figure cells of the source row ``name`` from ``at`` on (its labels and figures)."""
    figures = []
    while at < len(cells) and (cells[at].text == name or _is_value(cells[at])):
        if _FIGURE.fullmatch(cells[at].text):
            figures.append(cells[at])
        at += 1
    return figures


def _unplaced(view: TextView, cell: _Cell, label: _Cell, name: str, reason: str, year):
    """A source row's figure the order does not place: listed unread in the fields' unit."""
    return cell_found(
        view,
        cell.start,
        cell.start + len(cell.text),
        cell.text,
        _LABEL.fullmatch(label.text)["unit"],
        rule=RULE,
        year=year,
        label=name,
        reason=reason,
    )


def _is_value(cell: _Cell) -> bool:
    """A cell of digits, or an empty one: blank or written as none (无, -, —, /)."""
    return _is_empty(cell) or _DIGITS.fullmatch(cell.text) is not None


def _is_empty(cell: _Cell) -> bool:
    return cell.text in _NONE


def _run(cells: list[_Cell], at: int) -> list[tuple[_Cell, _Cell]]:
    """The fields from ``at`` on: a label naming its unit, then one cell of digits (or an
    empty one), again and again."""
    fields = []
    while at + 1 < len(cells) and _LABEL.fullmatch(cells[at].text) and _is_value(cells[at + 1]):
        fields.append((cells[at], cells[at + 1]))
        at += 2
    return fields


def _source_row(cells: list[_Cell], at: int, width: int):
    """The source row from ``at`` (past empty cells): its label, its ``width`` cells, and
    where it ends; None where the next cells are no such row."""
    while at < len(cells) and not cells[at].text:
        at += 1
    if at >= len(cells) or not _ROW_LABEL.fullmatch(name := cells[at].text):
        return None
    if _LABEL.fullmatch(name):
        return None
    values: list[_Cell] = []
    row_start = at
    for _ in range(width):
        if _second_figure(cells, at, values):
            return name, UNPLACED, row_start
        if at >= len(cells) or cells[at].text != name:
            return None
        at += 1
        if at < len(cells) and _is_value(cells[at]) and cells[at].text != name:
            values.append(cells[at])
            at += 1
        else:
            values.append(_Cell("", cells[at - 1].start))  # the label's cell, then the next
    if _second_figure(cells, at, values):
        return name, UNPLACED, row_start
    if at < len(cells) and cells[at].text == name:
        return None  # the label once more: a row wider than the fields, not theirs
    return name, values, at


def _second_figure(cells: list[_Cell], at: int, values: list[_Cell]) -> bool:
    """A figure at ``at`` right after the figure of the label before it."""
    return (
        at < len(cells)
        and bool(values)
        and not _is_empty(values[-1])
        and _FIGURE.fullmatch(cells[at].text) is not None
    )


def _read(view: TextView, value: _Cell, label: _Cell, named: str, year: int | None):
    """The figure of ``value`` in its field's unit and kind; nothing where it is no one
    number."""
    if not _FIGURE.fullmatch(value.text):
        return
    field = _LABEL.fullmatch(label.text)
    negative = value.text.startswith("-")
    kind = None if negative else field_kind(field["words"])
    reason = NEGATIVE if negative else "a field's cell whose label names no kind of money: not read"
    yield cell_found(
        view,
        value.start,
        value.start + len(value.text),
        value.text.lstrip("-"),
        field["unit"],
        rule=RULE,
        year=year,
        kind=kind,
        label=re.sub(r"\s+", " ", named),
        reason=None if kind else reason,
    )
