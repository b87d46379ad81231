"""Fiscal Data Package export: funding lines and stated amounts as a validated data package.

One zip holds ``datapackage.json`` (a Frictionless Tabular Data Package whose ``model`` maps
the columns to the Fiscal Data Package's measures and dimensions, OpenSpending's spec 0.3)
and two CSV tables: ``funding-lines.csv``, one row per funding line with its unit, year,
category, build/run type, exact amount, budget, report and citation, and
``money-figures.csv``, every amount a report states with its kind. Money is written from
``Decimal`` as exact yuan with two decimals, never through a float.

The descriptor's ``profile`` is ``tabular-data-package``: ``fiscal-data-package`` makes
``frictionless validate`` download the profile's schema, which fails offline; the ``model``
is kept all the same, for OpenSpending and any tool that reads it.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from decimal import Decimal
from typing import IO, TYPE_CHECKING, Any

from govkg.answers.buildrun import classify_figure, classify_line
from govkg.core.money import FEN
from govkg.exports.fiscal_schema import (
    ABOUT,
    FIGURE_COLUMNS,
    FIGURES,
    LINE_COLUMNS,
    LINES,
    MODEL,
    OUTGOING,
    Column,
)
from govkg.exports.tables import _EPOCH, _Unseekable
from govkg.graph.ontology import GOVKG

if TYPE_CHECKING:
    from govkg.answers.kg import KnowledgeGraph
    from govkg.core.records import Citation
    from govkg.exports.selection import Subset
    from govkg.graph.catalog import Catalog, MoneyFigure

__all__ = ["fdp_zip", "figure_rows", "line_rows", "package"]


def _text(value: Any) -> str:
    """A cell: money exactly as a decimal string, booleans as true/false, None as empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)  # a Decimal as its exact digits


def _money(amount: Decimal | None) -> str | None:
    return None if amount is None else str(amount.quantize(FEN))


def _citation(sources: tuple[Citation, ...]) -> dict[str, Any]:
    first = sources[0] if sources else None
    return {
        "quote": first.quote if first else None,
        "quote_start": first.start if first else None,
        "quote_end": first.end if first else None,
    }


def _names(catalog: Catalog, node: str | None) -> str | None:
    return catalog.nodes[node].name if node and node in catalog.nodes else None


def _title(catalog: Catalog, document: str | None) -> str | None:
    found = catalog.documents.get(document) if document else None
    return found.title if found else None


def _tree_order(catalog: Catalog, ids: list[str]) -> list[str]:
    """Lines report by report, each top line followed by its parts (depth first, by id)."""
    chosen = set(ids)
    children: dict[str | None, list[str]] = {}
    for line_id in sorted(ids):
        parent = catalog.lines[line_id].parent
        children.setdefault(parent if parent in chosen else None, []).append(line_id)
    ordered: list[str] = []
    seen: set[str] = set()

    def walk(line_id: str) -> None:
        stack = [line_id]
        while stack:
            at = stack.pop()
            if at in seen:
                continue
            seen.add(at)
            ordered.append(at)
            stack.extend(reversed(children.get(at, [])))

    tops = sorted(children.get(None, []), key=lambda i: (catalog.lines[i].document or "", i))
    for line_id in tops:
        walk(line_id)
    for line_id in sorted(chosen - seen):  # lines in a parent circle (a malformed graph)
        walk(line_id)
    return ordered


def line_rows(kg: KnowledgeGraph, subset: Subset) -> list[dict[str, Any]]:
    """One row per chosen funding line (every line of the graph for the whole graph)."""
    catalog = kg.catalog
    if subset.whole:
        ids = list(catalog.lines)
    else:
        ids = [n for n in subset.nodes if catalog.nodes[n].kind == "funding-line"]
    ids = [i for i in ids if i in catalog.lines]
    rows = []
    for line_id in _tree_order(catalog, ids):
        line, node = catalog.lines[line_id], catalog.nodes[line_id]
        parts = [c for c in catalog.subjects_of(GOVKG.parentLine, line_id) if c in catalog.lines]
        spend = classify_line(catalog, line_id)
        rows.append(
            {
                "id": line_id,
                "parent_id": line.parent,
                "leaf": not parts,
                "unit_id": line.unit,
                "unit_name": _names(catalog, line.unit),
                "year": line.year,
                "name": node.name,
                "name_en": node.name_en,
                "category": line.category,
                "spend_type": spend.kind,
                "spend_type_rule": spend.rule,
                "amount": _money(line.amount),
                "amount_basis": line.basis,
                "amount_method": line.method,
                "amount_as_written": line.as_written,
                "budget": _money(line.budget),
                "budget_as_written": line.budget_as_written,
                "document_id": line.document,
                "document_title": _title(catalog, line.document),
                **_citation(node.sources),
                "provenance": node.provenance,
            }
        )
    return rows


def _figures(kg: KnowledgeGraph, subset: Subset, lines: list[str]) -> list[MoneyFigure]:
    """The whole graph's figures, or those of the chosen reports and exported lines."""
    catalog = kg.catalog
    if subset.whole:
        found = [catalog.money_figures.get(i) for i in catalog.money_figures]
    else:
        documents = [n for n in subset.nodes if catalog.nodes[n].kind == "document"]
        found = [f for d in documents for f in catalog.money_figures_of(d)]
        found += [
            catalog.money_figures.get(i)
            for line in lines
            for i in catalog.subjects_of(GOVKG.figureOf, line)
        ]
    unique = {f.id: f for f in found if f is not None}
    return sorted(unique.values(), key=lambda f: (f.document, f.position))


def figure_rows(kg: KnowledgeGraph, subset: Subset, lines: list[str]) -> list[dict[str, Any]]:
    """One row per stated amount, with its kind; a build/run type only for outgoing money."""
    catalog = kg.catalog
    rows = []
    for figure in _figures(kg, subset, lines):
        spend = classify_figure(catalog, figure) if figure.kind in OUTGOING else None
        rows.append(
            {
                "id": figure.id,
                "kind": figure.kind,
                "amount": _money(figure.amount),
                "as_written": figure.as_written,
                "label": figure.label,
                "year": figure.year,
                "document_id": figure.document,
                "document_title": _title(catalog, figure.document),
                "funding_line_id": figure.funding_line,
                "spend_type": spend.kind if spend else None,
                "spend_type_rule": spend.rule if spend else None,
                "read": figure.read,
                "unread_reason": figure.reason,
                "change_rate": figure.rate,
                "stated_share": figure.stated_share,
                "share_of_id": figure.share_of,
                **_citation(figure.sources),
                "provenance": figure.provenance,
            }
        )
    return rows


def _csv(columns: tuple[Column, ...], rows: list[dict[str, Any]]) -> bytes:
    """UTF-8 without a BOM, CRLF line ends (RFC 4180), every cell written exactly."""
    text = io.StringIO(newline="")
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(c.name for c in columns)
    writer.writerows([_text(row.get(c.name)) for c in columns] for row in rows)
    return text.getvalue().encode("utf-8")


def _resource(
    name: str, title: str, description: str, columns: tuple[Column, ...], data: bytes
) -> dict[str, Any]:
    return {
        "name": name,
        "title": title,
        "description": description,
        "path": f"{name}.csv",
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "bytes": len(data),
        "hash": f"sha256:{hashlib.sha256(data).hexdigest()}",
        "dialect": {
            "delimiter": ",",
            "lineTerminator": "\r\n",
            "quoteChar": '"',
            "doubleQuote": True,
            "header": True,
        },
        "schema": {"fields": [c.field() for c in columns], "missingValues": [""]},
    }


def _references(
    rows: list[dict[str, Any]], column: str, present: set[str], resource: str
) -> tuple[list[dict[str, Any]], str]:
    """The foreign key of ``column`` when every value it names is exported; else none, and
    a sentence saying why (a focused export may hold a line but not its parent)."""
    missing = sorted({r[column] for r in rows if r[column] and r[column] not in present})
    if missing:
        many = len(missing) != 1
        return [], (
            f" {column} is not declared a foreign key: {len(missing)} line"
            f"{'s' if many else ''} it names {'are' if many else 'is'} not in this package "
            f"(e.g. {missing[0]}), as a selection can hold a line without the line it names."
        )
    key = {"fields": [column], "reference": {"resource": resource, "fields": ["id"]}}
    return [key], ""


def package(
    kg: KnowledgeGraph, subset: Subset, lines: list[dict], figures: list[dict]
) -> tuple[dict[str, Any], bytes, bytes]:
    """The descriptor and the two tables' bytes."""
    ids = {row["id"] for row in lines}
    line_keys, line_note = _references(lines, "parent_id", ids, "")
    figure_keys, figure_note = _references(figures, "funding_line_id", ids, LINES)
    line_data, figure_data = _csv(LINE_COLUMNS, lines), _csv(FIGURE_COLUMNS, figures)
    partial = (
        ""
        if subset.whole
        else " This is a selection: leaf is of the whole graph, so parts of a line may be absent."
    )
    line_resource = _resource(
        LINES,
        "Funding lines",
        "One row per funding line; lines nest through parent_id, add only leaf rows."
        + partial
        + line_note,
        LINE_COLUMNS,
        line_data,
    )
    line_resource["schema"] |= {"primaryKey": ["id"], "foreignKeys": line_keys}
    figure_resource = _resource(
        FIGURES,
        "Money figures",
        "Every amount a report states, with its kind (spending, budget, revenue, "
        "carry-over, change, …): not a measure of the model, and not spending unless its "
        "kind is spending." + figure_note,
        FIGURE_COLUMNS,
        figure_data,
    )
    figure_resource["schema"] |= {"primaryKey": ["id"], "foreignKeys": figure_keys}
    if subset.whole:
        selection = "the whole graph"
    elif subset.focus:
        selection = f"the lines within {subset.depth} steps of {subset.focus}"
    else:
        selection = "the lines among the kinds of node chosen"
    descriptor: dict[str, Any] = {
        "profile": "tabular-data-package",
        "name": "govkg-funding-lines",
        "title": "govkg: funding lines of government IT spending reports",
        "description": f"{ABOUT} This package holds {selection} (graph version {kg.version}).",
        "countryCode": "cn",
        "granularity": "aggregated",
        "keywords": ["fiscal-data-package", "government IT spending", "build-run", "govkg"],
    }
    years = sorted({row["year"] for row in lines if row["year"] is not None})
    if years:
        descriptor["fiscalPeriod"] = {"start": f"{years[0]}-01-01", "end": f"{years[-1]}-12-31"}
    descriptor |= {"resources": [line_resource, figure_resource], "model": MODEL}
    return descriptor, line_data, figure_data


def fdp_zip(kg: KnowledgeGraph, subset: Subset, out: IO[bytes]) -> None:
    """``datapackage.json`` and the two tables deflated into one zip (fixed timestamps:
    the same selection gives the same bytes)."""
    lines = line_rows(kg, subset)
    figures = figure_rows(kg, subset, [row["id"] for row in lines])
    descriptor, line_data, figure_data = package(kg, subset, lines, figures)
    text = json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n"
    with zipfile.ZipFile(_Unseekable(out), "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in (
            ("datapackage.json", text.encode("utf-8")),
            (f"{LINES}.csv", line_data),
            (f"{FIGURES}.csv", figure_data),
        ):
            info = zipfile.ZipInfo(name, date_time=_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
