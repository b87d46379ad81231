"""Spreadsheet export: ``nodes.csv`` and ``edges.csv`` in one zip, UTF-8 with a BOM.

The BOM is what makes Excel and WPS show the Chinese instead of mojibake; one zip keeps the
two tables of one selection together as a single download.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable
from decimal import Decimal
from typing import IO, TYPE_CHECKING, Any

from govkg.exports.records import edge_records, node_records

if TYPE_CHECKING:
    from govkg.answers.kg import KnowledgeGraph
    from govkg.exports.selection import Subset

__all__ = ["EDGE_COLUMNS", "NODE_COLUMNS", "csv_zip"]

NODE_COLUMNS = (
    "id", "kind", "category", "name", "name_en", "aliases", "pinyin",
    "amount", "currency", "amount_basis", "amount_method", "stated_share", "share_of",
    "budget", "budget_as_written",
    "value", "unit", "approximate", "as_written", "text_value",
    "cost", "cost_basis", "cost_method", "cost_funding_line",
    "fiscal_year", "date", "title", "sha256", "iri", "provenance", "extraction_rule",
    "description",
    "attributes", "citation_count", "citations",
)  # fmt: skip
EDGE_COLUMNS = (
    "id", "source", "source_name", "relation", "target", "target_name", "via",
    "cost", "currency", "cost_basis", "cost_method", "cost_funding_line",
    "provenance", "extraction_rule", "citation_count", "citations",
)  # fmt: skip
_NUMBER = re.compile(r"-?\d+(\.\d+)?")
# Decades-old spreadsheet behaviour: a cell starting with one of these runs as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_EPOCH = (1980, 1, 1, 0, 0, 0)  # fixed zip timestamps: the same selection gives the same bytes


def _cell(value: Any) -> str:
    """Exact text for a cell; text that a spreadsheet would run as a formula gets a ``'``."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return str(value)
    text = str(value)
    if text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def _table(columns: tuple[str, ...], rows: Iterable[dict[str, Any]], out: IO[bytes]) -> None:
    """The rows as CSV in UTF-8 with a BOM, written to ``out`` as they come."""
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="", write_through=False)
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows([_cell(row.get(column)) for column in columns] for row in rows)
    text.flush()
    text.detach()


class _Unseekable:
    """``out`` as a stream that cannot seek, so a file and an HTTP response get the same
    zip (sizes after each member's data, as any streamed zip has them)."""

    def __init__(self, out: IO[bytes]) -> None:
        self.write, self.flush = out.write, out.flush


def csv_zip(kg: KnowledgeGraph, subset: Subset, out: IO[bytes]) -> None:
    """Both tables deflated into one zip, streamed (fixed timestamps: the same bytes)."""
    names = {node_id: kg.catalog.nodes[node_id].name for node_id in subset.nodes}
    edges = (
        {**edge, "source_name": names[edge["source"]], "target_name": names[edge["target"]]}
        for edge in edge_records(kg, subset)
    )
    with zipfile.ZipFile(_Unseekable(out), "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, columns, rows in (
            ("nodes.csv", NODE_COLUMNS, node_records(kg, subset)),
            ("edges.csv", EDGE_COLUMNS, edges),
        ):
            info = zipfile.ZipInfo(name, date_time=_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            with archive.open(info, "w") as entry:
                _table(columns, rows, entry)
