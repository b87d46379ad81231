"""A ``/browse`` table's rows as ``.csv`` or ``.json``, streamed in chunks.

Every row the filter and order select (all pages), amounts as exact yuan strings, names beside
the ids, so a download is the table itself rather than the page of it one was reading.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import orjson

from govkg.answers.browse import Row
from govkg.answers.kg import KnowledgeGraph
from govkg.http.answer_table import csv_lines
from govkg.http.browse_params import Asked

__all__ = ["FIELDS", "NOT_APPLICABLE", "chunks", "csv_rows", "fields_of", "json_rows"]

FIELDS = (
    "id", "iri", "name", "name_en", "pinyin", "category", "year", "unit", "unit_name",
    "documents", "provenance", "amount", "basis", "budget", "spend_type", "degree",
)  # fmt: skip
"""The columns of a ``.csv`` and the keys of a ``.json`` row, less what a table lacks."""
NOT_APPLICABLE = {
    "money-figures": {"name_en", "pinyin", "budget", "degree"},
    "feeds": {"pinyin", "category", "spend_type", "budget", "degree"},
    "documents": {"documents"},
}


def fields_of(table: str) -> list[str]:
    """The columns of ``table``'s downloads."""
    lacking = NOT_APPLICABLE.get(table, set())
    return [name for name in FIELDS if name not in lacking]


def _record(kg: KnowledgeGraph, row: Row, columns: list[str]) -> dict[str, Any]:
    """One row for a download: amounts as exact yuan strings, names beside ids."""
    nodes, base = kg.catalog.nodes, kg.catalog.base
    unit = nodes.get(row.unit) if row.unit else None
    values = {
        "iri": f"{base}/id/{row.id}",
        "unit_name": unit.name if unit is not None else None,
        "documents": list(row.documents),
        "amount": None if row.amount is None else str(row.amount),
        "budget": None if row.budget is None else str(row.budget),
    }
    return {c: values[c] if c in values else getattr(row, c) for c in columns}


def chunks(parts: Iterable[bytes], size: int = 16384) -> Iterator[bytes]:
    """Rows written one by one, sent in chunks of about ``size`` bytes."""
    held: list[bytes] = []
    length = 0
    for part in parts:
        held.append(part)
        length += len(part)
        if length >= size:
            yield b"".join(held)
            held, length = [], 0
    if held:
        yield b"".join(held)


def csv_rows(kg: KnowledgeGraph, table: str, rows: list[Row]) -> Iterator[bytes]:
    columns = fields_of(table)

    def cells() -> Iterator[list[Any]]:
        for row in rows:
            record = _record(kg, row, columns)
            yield ["; ".join(v) if isinstance(v, list) else v for v in record.values()]

    return csv_lines(columns, cells())


def json_rows(kg: KnowledgeGraph, ask: Asked, rows: list[Row]) -> Iterator[bytes]:
    columns = fields_of(ask.table)
    head = {
        "table": ask.table,
        "filter": ask.given,
        "order": ask.order,
        "descending": ask.descending,
        "total": len(rows),
    }
    yield orjson.dumps(head)[:-1] + b',"rows":['
    for index, row in enumerate(rows):
        yield (b",\n" if index else b"\n") + orjson.dumps(_record(kg, row, columns))
    yield b"\n]}\n"
