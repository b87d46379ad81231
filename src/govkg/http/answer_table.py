"""Any GraphQL answer as a table: its first list of objects, flattened, as CSV.

For a spreadsheet: one row per object of the first list met in the answer (fields in the
query's order, depth first), columns named by dotted paths (``unit.name``), a nested list's
values joined with "; ", money as the exact yuan string the answer holds, UTF-8 with a BOM
so Excel reads the Chinese. The csv module writes it; what a table is here is ours.
"""

from __future__ import annotations

import csv
import io
from typing import Any

__all__ = ["NoTable", "answer_csv", "rows_of"]

BOM = "\ufeff"


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


def answer_csv(data: Any) -> bytes:
    """The CSV of ``data`` (a GraphQL answer's ``data``), UTF-8 with a BOM.

    >>> data = {"units": [{"name": "市委", "feeds": [{"p": "甲"}, {"p": "乙"}]}]}
    >>> answer_csv(data).decode("utf-8-sig").splitlines()
    ['name,feeds.p', '市委,甲; 乙']
    """
    columns, rows = rows_of(data)
    out = io.StringIO()
    out.write(BOM)
    writer = csv.DictWriter(out, fieldnames=columns, restval="")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")
