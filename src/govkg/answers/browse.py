"""The rows of each kind, filtered, sorted and faceted: what GraphQL's ``where``, ``orderBy``
and ``facets`` and the ``/browse`` pages share, so a page and a query give the same rows.

A row is what a table of its kind shows: names, year, unit, documents, provenance, category,
amount (with its basis: STATED, DERIVED or ALLOCATED, never mixed up), build/run type and
degree. Rows are made once per graph version and table; a filter is a scan of them, facets
count the rows the filter keeps (as Datasette does), and an order is a stable sort with the
rows that lack the value last.
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any

from govkg.answers.buildrun import classify_figure, classify_line
from govkg.answers.names import normalise
from govkg.answers.service import Service
from govkg.core.errors import QueryError
from govkg.core.lru import LockedLRU

__all__ = [
    "FACETS",
    "ORDERS",
    "TABLES",
    "Row",
    "Tables",
    "Where",
    "tables_of",
]

TABLES = {
    "units": "unit",
    "platforms": "platform",
    "projects": "project",
    "funding-lines": "funding-line",
    "money-figures": "money-figure",
    "indicators": "indicator",
    "events": "event",
    "feeds": "feed",
    "documents": "document",
}
"""Table name (as in ``/browse/{table}``) -> the kind of its rows."""

SELECTIONS = 128
"""Filtered and ordered row lists kept per graph version (and as many facet counts)."""
FACETS = ("category", "year", "unit", "document", "provenance", "basis", "spend_type")
ORDERS = ("name", "amount", "year", "degree")


@dataclass(frozen=True, kw_only=True)
class Row:
    """One row of a table. ``documents`` holds every report citing it (a facet counts each);
    ``amount`` is in yuan with its ``basis``; ``None`` where the kind has no such value."""

    id: str
    kind: str
    name: str
    name_en: str | None
    pinyin: str | None
    category: str | None
    year: int | None
    unit: str | None
    documents: tuple[str, ...]
    provenance: str
    amount: Decimal | None
    basis: str | None
    budget: Decimal | None
    spend_type: str | None
    degree: int
    folded: str  # every name, folded as search folds them, for "name contains"

    def value(self, field: str) -> Any:
        """The row's value(s) of a facet field (``document`` gives several)."""
        return self.documents if field == "document" else getattr(self, field)


@dataclass(frozen=True, kw_only=True)
class Where:
    """A filter: every given field must hold (``name`` is contained in any of the names)."""

    name: str | None = None
    category: str | None = None
    year: int | None = None
    unit: str | None = None
    document: str | None = None
    provenance: str | None = None
    basis: str | None = None
    spend_type: str | None = None
    amount_min: Decimal | None = None
    amount_max: Decimal | None = None

    def keeps(self, row: Row) -> bool:
        if self.name is not None and normalise(self.name) not in row.folded:
            return False
        for field in ("category", "year", "unit", "provenance", "basis", "spend_type"):
            wanted = getattr(self, field)
            if wanted is not None and getattr(row, field) != wanted:
                return False
        if self.document is not None and self.document not in row.documents:
            return False
        if self.amount_min is not None or self.amount_max is not None:
            if row.amount is None:
                return False
            if self.amount_min is not None and row.amount < self.amount_min:
                return False
            if self.amount_max is not None and row.amount > self.amount_max:
                return False
        return True

    @property
    def empty(self) -> bool:
        return all(getattr(self, f.name) is None for f in fields(self))


_MADE = threading.Lock()


def tables_of(service: Service) -> Tables:
    """The tables of the service's graph version, made once and kept with it."""
    found = service.__dict__.get("_tables")
    if found is None:
        with _MADE:
            found = service.__dict__.get("_tables")
            if found is None:
                found = service.__dict__["_tables"] = Tables(service)
    return found


def _document_id(slug: str) -> str:
    return slug if slug.startswith("document/") else f"document/{slug}"


class Tables:
    """The rows of every table of one graph version, made when first asked for."""

    def __init__(self, service: Service) -> None:
        self.service, self.catalog = service, service.catalog
        self._rows: dict[str, tuple[Row, ...]] = {}
        self._by_id: dict[str, dict[str, Row]] = {}
        self._selected: LockedLRU[tuple[Row, ...]] = LockedLRU(SELECTIONS)
        self._faceted: LockedLRU[dict] = LockedLRU(SELECTIONS)
        self._lock = threading.Lock()

    def rows(self, table: str) -> tuple[Row, ...]:
        """Every row of ``table``, in id order; QueryError for an unknown table."""
        if table not in TABLES:
            raise QueryError(f"unknown table {table!r} (use one of {', '.join(TABLES)})")
        found = self._rows.get(table)
        if found is None:
            with self._lock:
                found = self._rows.get(table)
                if found is None:
                    found = self._rows[table] = tuple(self._make(TABLES[table]))
        return found

    def by_id(self, table: str) -> dict[str, Row]:
        """The rows of ``table`` by id."""
        found = self._by_id.get(table)
        if found is None:
            found = self._by_id[table] = {row.id: row for row in self.rows(table)}
        return found

    def select(
        self,
        table: str,
        where: Where | None = None,
        order: str | None = None,
        descending: bool = False,
    ) -> list[Row]:
        """The rows ``where`` keeps, sorted by ``order`` (id order by default; rows without
        the value last either way, ties by id)."""
        if order is not None and order not in ORDERS:
            raise QueryError(f"unknown order {order!r} (use one of {', '.join(ORDERS)})")
        key = (table, where if where and not where.empty else None, order, descending)
        found = self._selected.get(key)
        if found is None:  # a scan of the table: kept, as analysts page and facet one filter
            found = tuple(self._select(table, key[1], order, descending))
            self._selected.put(key, found)
        return list(found)

    def _select(self, table: str, where: Where | None, order: str | None, descending: bool):
        rows = self.rows(table)
        chosen = [r for r in rows if where.keeps(r)] if where else list(rows)
        if order is None:
            return chosen
        key = "name" if order == "name" else order
        present = [r for r in chosen if getattr(r, key) is not None]
        absent = [r for r in chosen if getattr(r, key) is None]
        present.sort(key=lambda r: r.id)
        present.sort(key=lambda r: getattr(r, key), reverse=descending)
        return present + absent

    def facets_of(
        self, table: str, ids: list[str], names: tuple[str, ...]
    ) -> dict[str, list[tuple[Any, int]]]:
        """``facets`` of the rows of ``ids``, kept per list of ids (one hash of the list,
        not a count over its rows, for a list asked again)."""
        key = (table, names, len(ids), hash(tuple(ids)))
        found = self._faceted.get(key)
        if found is None:
            by_id = self.by_id(table)
            found = self.facets([by_id[i] for i in ids if i in by_id], names)
            self._faceted.put(key, found)
        return found

    @staticmethod
    def facets(rows: list[Row], names: tuple[str, ...]) -> dict[str, list[tuple[Any, int]]]:
        """For each facet, its values among ``rows`` with how many rows have each, the most
        frequent first (ties by value); a row without a value is not counted."""
        unknown = [n for n in names if n not in FACETS]
        if unknown:
            raise QueryError(f"unknown facet {unknown[0]!r} (use one of {', '.join(FACETS)})")
        found = {}
        for name in names:
            counts: Counter = Counter()
            for row in rows:
                value = row.value(name)
                if isinstance(value, tuple):
                    counts.update(value)
                elif value is not None:
                    counts[value] += 1
            found[name] = sorted(counts.items(), key=lambda item: (-item[1], str(item[0])))
        return found

    # making the rows -------------------------------------------------------------------
    def _make(self, kind: str):
        if kind == "money-figure":
            yield from self._money_figures()
        elif kind == "feed":
            yield from self._feeds()
        else:
            for nid in self.catalog.ids_of_kind(kind):
                node = self.catalog.nodes.get(nid)
                if node is not None:
                    yield self._node_row(node)

    def _degree(self, nid: str) -> int:
        return len(self.catalog.outgoing.get(nid, ())) + len(self.catalog.incoming.get(nid, ()))

    def _node_row(self, node) -> Row:
        catalog = self.catalog
        extra: dict[str, Any] = {}
        documents = {_document_id(c.document) for c in node.sources}
        if node.kind == "funding-line" and node.id in catalog.lines:
            line = catalog.lines[node.id]
            extra = {
                "category": line.category,
                "year": line.year,
                "unit": line.unit,
                "amount": line.amount,
                "basis": line.basis,
                "budget": line.budget,
                "spend_type": classify_line(catalog, node.id).kind,
            }
            if line.document:
                documents.add(line.document)
        elif node.kind == "indicator" and node.id in catalog.indicators:
            indicator = catalog.indicators[node.id]
            subject = catalog.nodes.get(indicator.subject)
            extra = {
                "year": indicator.year,
                "unit": subject.id if subject is not None and subject.kind == "unit" else None,
            }
            if indicator.document:
                documents.add(indicator.document)
        elif node.kind == "event" and node.id in catalog.events:
            event = catalog.events[node.id]
            year = event.date[:4] if event.date and event.date[:4].isdigit() else None
            organizer = catalog.nodes.get(event.organizer) if event.organizer else None
            extra = {
                "year": int(year) if year else None,
                "unit": organizer.id
                if organizer is not None and organizer.kind == "unit"
                else None,
            }
        elif node.kind == "document" and node.id in catalog.documents:
            document = catalog.documents[node.id]
            extra = {"year": document.fiscal_year, "unit": document.issuer}
            documents.add(node.id)
        names = (node.name, node.name_en or "", node.pinyin or "", *node.aliases)
        return Row(
            id=node.id,
            kind=node.kind,
            name=node.name,
            name_en=node.name_en,
            pinyin=node.pinyin,
            category=extra.pop("category", node.category),
            year=extra.pop("year", None),
            unit=extra.pop("unit", None),
            documents=tuple(sorted(documents)),
            provenance=node.provenance,
            amount=extra.pop("amount", None),
            basis=extra.pop("basis", None),
            budget=extra.pop("budget", None),
            spend_type=extra.pop("spend_type", None),
            degree=self._degree(node.id),
            folded="\n".join(normalise(n) for n in names if n),
        )

    def _money_figures(self):
        catalog = self.catalog
        for document in catalog.ids_of_kind("document"):
            issuer = catalog.documents[document].issuer if document in catalog.documents else None
            for figure in self.service.money_figures(document):
                label = figure.label or figure.as_written
                yield Row(
                    id=figure.id,
                    kind="money-figure",
                    name=label,
                    name_en=None,
                    pinyin=None,
                    category=figure.kind,
                    year=figure.year,
                    unit=issuer,
                    documents=(_document_id(figure.document),),
                    provenance=figure.provenance,
                    amount=figure.amount,
                    basis="STATED",
                    budget=None,
                    spend_type=classify_figure(catalog, figure).kind,
                    degree=0,
                    folded="\n".join(normalise(n) for n in (label, figure.as_written) if n),
                )

    def _feeds(self):
        catalog, service = self.catalog, self.service
        for link in service.feeds():
            source, target = catalog.nodes[link.source], catalog.nodes[link.target]
            cost = service.feed_cost(link.id)
            yield Row(
                id=link.id,
                kind="feed",
                name=f"{source.name} → {target.name}",
                name_en=(
                    f"{source.name_en} → {target.name_en}"
                    if source.name_en and target.name_en
                    else None
                ),
                pinyin=None,
                category=None,
                year=cost.year if cost is not None else None,
                unit=source.id if source.kind == "unit" else None,
                documents=tuple(sorted({_document_id(c.document) for c in link.sources})),
                provenance=link.provenance,
                amount=cost.amount if cost is not None else None,
                basis=cost.basis if cost is not None else None,
                budget=None,
                spend_type=None,
                degree=0,
                folded="\n".join(
                    normalise(n)
                    for n in (source.name, target.name, source.name_en, target.name_en)
                    if n
                ),
            )
