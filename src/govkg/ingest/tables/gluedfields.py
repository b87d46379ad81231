"""Rule ``glued-fields``: a form's funds fields, each label carrying its unit, written with no
bar between the cells (an OCR'd or flattened form), and the source rows under them.

The Hunan county template of a project's self-evaluation (``unitfields``, the twentieth
trial) reaches a document-sharing site OCR'd, its bars lost (the twenty-first trial's 269)::

    计划安排资金(万元)实际到位资金(万元)75实际支出(万元)89+82结余(万元)其中:中央财政其中:中
    其中:中央财财政…省财政省财政省财政省财政…县市区财政县市区财政75县市区财政75县
    2、市区财政其它其它其它14.82其它二、项目支出明细情况…

The cells are still cut by the labels: a label is words, a cell digits, so what stands between
one label and the next is that label's cell, whole (75; nothing; 89+82, no one number, states
nothing). The fields are read only as such a run: at least two labels naming their unit in
brackets, one after another with only their cells between, a figure standing between two of
them. A cell is the amount of its label, in its unit, of the kind its label names
(``kinds.formfield``), as ``unitfields`` reads it.

A source row is its label written once for each field, each time followed by its cell (digits
or nothing): its k-th cell is in the k-th field's column. The rows are read only where, from
one place after the fields to the form's next heading (二、…) or the text's end, the text is
such rows and nothing else. The first such place is taken, and every later one must give the
same rows (its tail: starting at the next row, not within a label, 政省财…): what comes
before it is a garbled row (其中:中央财政其中:中…, its label cut and run together) that holds
no digit, so nothing is lost by passing it. A doc site's page marker (a line opening on 2、
after one on 1、) may cut a label in two (县 / 2、市区财政): it is the site's, not the form's,
and the label reads whole without it. Where a field's cell is a figure, the figures of its
column must add up to it, to the yuan (75 = 75): the sources are that total's parts. Anything
else (a label coming more or fewer times, a digit in a garbled stretch, a column that does not
add up, two readings that differ) reads no source row; the fields stand. The total 89+82 is
no figure, so its column is placed by the order of the labels alone, as ``unitfields`` places
every column.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from govkg.ingest.kinds.formfield import field_kind
from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.text.numbers import yuan
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_glued_fields"]

RULE = "glued-fields"
_CELL = r"[^\u4e00-\u9fff（）()|\n:：;；]{0,12}"
_FIELD = re.compile(
    rf"(?P<words>[\u4e00-\u9fff]{{2,16}}?)[（(](?P<unit>万元|元|亿元)[）)](?P<cell>{_CELL})"
)
_ROW_CELL = re.compile(_CELL)
_FIGURE = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_LABEL_CHAR = re.compile(r"[\u4e00-\u9fff:：;；]")
_HEADING = re.compile(r"[一二三四五六七八九十]+、")
_MARKER = re.compile(r"\n(?P<page>\d{1,3})、")
ROWS_REACH = 400  # characters after the fields in which their source rows stand
GARBLE_REACH = 60  # characters of a garbled stretch passed before the first row


def find_glued_fields(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """Each figure of a glued run of unit-carrying fields and of its source rows."""
    text = simplified(view.text)
    for run in _runs(text):
        for field in run:
            yield from _read(view, field, field.start("cell"), field["words"], year)
        rows, closing = _source_rows(text, run)
        for name, cells in rows:
            for field, (cell, at) in zip(run, cells, strict=True):
                yield from _read(view, field, at, f"{name} {field['words']}", year, cell)
        if closing is not None:
            yield from _read(view, closing, closing.start("cell"), closing["words"], year)


def _runs(text: str) -> Iterator[list[re.Match]]:
    """Runs of fields one after another, a figure between two of their labels."""
    run: list[re.Match] = []
    for field in _FIELD.finditer(text):
        if run and field.start() != run[-1].end():
            yield from _kept(run)
            run = []
        run.append(field)
    yield from _kept(run)


def _kept(run: list[re.Match]) -> Iterator[list[re.Match]]:
    if len(run) >= 2 and any(_FIGURE.fullmatch(f["cell"].strip()) for f in run[:-1]):
        yield run


def _source_rows(text: str, run: list[re.Match]) -> tuple[list, re.Match | None]:
    """(label, [(cell, where)] one per field) of each source row under ``run``, and the field
    closing the rows (see above); none where the rows are not shown to be the fields'."""
    end = run[-1].end() + ROWS_REACH
    stream, where = _without_markers(text, run[-1].end(), end)
    parses = []
    for skip in range(min(GARBLE_REACH, len(stream)) + 1):
        if skip and stream[skip - 1].isdigit():
            break  # a garbled stretch holding a digit: something would be lost
        rows, stop = _rows_from(stream, skip, len(run), end >= len(text))
        if rows:
            parses.append((rows, stop))
    if not parses or any(later[0] != parses[0][0][-len(later[0]) :] for later in parses[1:]):
        return [], None  # none, or two that differ: not one reading of the rows
    rows = [
        (name, [(cell, where[at] if cell else -1) for cell, at in cells])
        for name, cells in parses[0][0]
    ]
    closing = None
    if parses[0][1] < len(stream):  # the rows end on a field of their own (实际支出(万元)299.4)
        closing = _closing_field(text, where[parses[0][1]])
    for column, field in enumerate(run):
        total = field["cell"].strip()
        parts = [cells[column][0] for _, cells in rows if _FIGURE.fullmatch(cells[column][0])]
        if parts and _FIGURE.fullmatch(total):
            summed = sum((yuan(p, field["unit"]) for p in parts), Decimal(0))
            if summed != yuan(total, field["unit"]):
                return [], None
    return rows, closing


def _closing_field(text: str, at: int) -> re.Match | None:
    """The unit-carrying field at ``at`` that closes a run's source rows, its cell a figure
    that ends at the form's next heading, the next field or the text's end."""
    field = _FIELD.match(text, at)
    if field is None or not _FIGURE.fullmatch(field["cell"].strip()):
        return None
    after = field.end()
    ends = after == len(text) or _HEADING.match(text, after) or _FIELD.match(text, after)
    return field if ends else None


def _without_markers(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """``text[start:end]`` without a doc site's page markers (``\\n2、`` after a line opening
    on 1、), and where each character left stands in ``text``."""
    kept, where = [], []
    at = start
    for marker in _MARKER.finditer(text, start, end):
        if not re.search(rf"(?:^|\n){int(marker['page']) - 1}、", text[: marker.start()]):
            continue
        kept.append(text[at : marker.start()])
        where.extend(range(at, marker.start()))
        at = marker.end()
    kept.append(text[at:end])
    where.extend(range(at, min(end, len(text))))
    return "".join(kept), where


def _rows_from(stream: str, at: int, width: int, whole: bool) -> tuple[list, int]:
    """The rows from ``at`` on, each ``width`` times its label and a cell, up to a heading,
    a field of its own (a Zhejiang form's 实际支出(万元) after its 其中 rows) or the text's
    end (``whole``: the stream runs to it), and where they stop; [] where the text is
    anything else."""
    rows = []
    while not ((whole and at == len(stream)) or _HEADING.match(stream, at)):
        if at == len(stream):
            return [], at
        found = [row for size in range(2, 11) if (row := _row(stream, at, size, width))]
        if not found and rows and _FIELD.match(stream, at):
            return rows, at
        if len(found) != 1:
            return [], at
        name, cells, at = found[0]
        rows.append((name, cells))
    return rows, len(stream)


def _row(stream: str, at: int, size: int, width: int):
    """The row at ``at`` whose label is ``size`` characters: (label, cells, end) or None."""
    name = stream[at : at + size]
    if len(name) != size or not all(_LABEL_CHAR.match(char) for char in name):
        return None
    cells = []
    for _ in range(width):
        if not stream.startswith(name, at):
            return None
        cell = _ROW_CELL.match(stream, at + size)
        lead = len(cell.group()) - len(cell.group().lstrip())
        cells.append((cell.group().strip(), cell.start() + lead))
        at = cell.end()
    if stream.startswith(name, at):
        return None  # the label once more: a row wider than the fields
    return name, cells, at


def _read(view, field: re.Match, at: int, named: str, year, cell: str | None = None):
    """The figure of a cell at ``at`` in its field's unit and kind; nothing where the cell is
    no one number."""
    figure = (field["cell"] if cell is None else cell).strip()
    if not _FIGURE.fullmatch(figure):
        return
    at += len(field["cell"]) - len(field["cell"].lstrip()) if cell is None else 0
    kind = field_kind(field["words"])
    yield cell_found(
        view,
        at,
        at + len(figure),
        figure,
        field["unit"],
        rule=RULE,
        year=year,
        kind=kind,
        label=named,
        reason=None if kind else "a field's cell whose label names no kind of money: not read",
    )
