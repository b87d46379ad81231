"""Any GraphQL answer as a table: its first list of objects, flattened, as CSV.

For a spreadsheet: one row per object of the first list met in the answer (fields in the
query's order, depth first), columns named by dotted paths (``unit.name``), a nested list's
values joined with "; ", money as the exact yuan string the answer holds, UTF-8 with a BOM
so Excel reads the Chinese, and text a spreadsheet would run as a formula led by a ``'``.
The csv module writes it; what a table is here is ours. :func:`csv_lines` is the one writer:
the ``/browse`` tables stream their rows through it too.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

__all__ = ["NoTable", "answer_csv", "cell", "csv_lines", "rows_of"]

BOM = "\ufeff"
# Decades-old spreadsheet behaviour: a cell starting with one of these runs as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"-?\d+(\.\d+)?")


class NoTable(ValueError):
    """The answer holds no list of objects to make rows of."""


def first_objects(value: Any) -> list[dict] | None:
    """The first list of objects in ``value``, depth first in the answer's order."""
    if isinstance(value, list):
        if value and all(isinstance(item, dict) for item in value):
            return value
        for item in value:
            found = first_objects(item)
            if found is not None:
                return found
    elif isinstance(value, dict):
        for item in value.values():
            found = first_objects(item)
            if found is not None:
                return found
    return None


def _cells(value: Any, prefix: str, row: dict[str, list[str]]) -> None:
    """Every leaf under ``value`` into ``row`` by dotted path; lists add values."""
    if isinstance(value, dict):
        for key, item in value.items():
            _cells(item, f"{prefix}.{key}" if prefix else key, row)
    elif isinstance(value, list):
        for item in value:
            _cells(item, prefix, row)
    elif value is not None:
        row.setdefault(prefix, []).append(_text(value))
    else:
        row.setdefault(prefix, [])


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def rows_of(data: Any) -> tuple[list[str], list[dict[str, str]]]:
    """Columns and rows of the answer's first list of objects; NoTable if it has none."""
    objects = first_objects(data)
    if objects is None:
        raise NoTable("the answer holds no list of objects to make rows of")
    columns: dict[str, None] = {}
    rows = []
    for item in objects:
        cells: dict[str, list[str]] = {}
        _cells(item, "", cells)
        columns.update(dict.fromkeys(cells))
        rows.append({column: "; ".join(values) for column, values in cells.items()})
    return list(columns), rows


def cell(value: Any) -> str:
    """A cell's exact text ("" for None); text a spreadsheet would run as a formula gets a
    leading ``'``, a negative number stays a number.

    >>> [cell(v) for v in (None, "=1+1", "-12.50", "@市委", "市委")]
    ['', "'=1+1", '-12.50', "'@市委", '市委']
    """
    if value is None:
        return ""
    text = _text(value)
    if text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def csv_lines(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> Iterator[bytes]:
    """The header, then each row, as CSV lines in UTF-8 (the first led by a BOM), each
    made when asked for: a response can stream them.

    >>> lines = csv_lines(["name", "amount"], [["市委", "12.50"], ["=A1", None]])
    >>> b"".join(lines).decode("utf-8-sig").splitlines()
    ['name,amount', '市委,12.50', "'=A1,"]
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([cell(c) for c in columns])
    yield (BOM + out.getvalue()).encode("utf-8")
    for row in rows:
        out.seek(0)
        out.truncate()
        writer.writerow([cell(v) for v in row])
        yield out.getvalue().encode("utf-8")


def answer_csv(data: Any) -> bytes:
    """The CSV of ``data`` (a GraphQL answer's ``data``), UTF-8 with a BOM.

    >>> data = {"units": [{"name": "市委", "feeds": [{"p": "甲"}, {"p": "乙"}]}]}
    >>> answer_csv(data).decode("utf-8-sig").splitlines()
    ['name,feeds.p', '市委,甲; 乙']
    """
    columns, rows = rows_of(data)
    return b"".join(csv_lines(columns, ([row.get(c, "") for c in columns] for row in rows)))
