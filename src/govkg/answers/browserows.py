"""What a row of a ``/browse`` table (and of a GraphQL list with ``where``) is, how the rows
are read from the catalog, and what a filter means (``Where.keeps``, the plain scan the
indexes of ``browseindex`` must agree with).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any

from govkg.answers.buildrun import classify_figure, classify_line
from govkg.answers.names import normalise
from govkg.answers.service import Service

__all__ = ["FACETS", "ORDERS", "Row", "Where", "make_rows"]

FACETS = ("category", "year", "unit", "document", "provenance", "basis", "spend_type")
ORDERS = ("name", "amount", "year", "degree")
EQUALS = ("category", "year", "unit", "provenance", "basis", "spend_type")
"""The filter fields a row must equal (``document`` is one of several, ``name`` contained)."""


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
        for field in EQUALS:
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


def _document_id(slug: str) -> str:
    return slug if slug.startswith("document/") else f"document/{slug}"


def make_rows(service: Service, kind: str):
    """The rows of ``kind``, in the catalog's order."""
    return _Maker(service).rows(kind)


class _Maker:
    def __init__(self, service: Service) -> None:
        self.service, self.catalog = service, service.catalog

    def rows(self, kind: str):
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
