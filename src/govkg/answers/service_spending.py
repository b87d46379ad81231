"""A unit's spending as the service answers it: per report, year by year, side by side
with other units, ranked among the units of a fiscal year, and the money figures of a report;
each computed once per graph version (``spending.py`` holds the rules)."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from rdflib.namespace import DCTERMS

from govkg.answers.paging import clamp
from govkg.answers.spending import (
    CATEGORIES,
    SERIES_KINDS,
    Figure,
    Spending,
    YearSpending,
    unit_series,
    unit_spending,
)
from govkg.core.errors import QueryError
from govkg.core.records import MONEY_KINDS, Citation
from govkg.graph.catalog import Catalog, MoneyFigure, Node, node_id

__all__ = ["Rank", "SpendingAnswers"]


@dataclass(frozen=True, kw_only=True)
class Rank:
    """A unit's place among the units giving a category's figure in one fiscal year: tied
    amounts share a place (1, 1, 3) and are listed by unit id."""

    place: int
    unit: str
    figure: Figure
    entry: YearSpending
    documents: tuple[str, ...]
    sources: tuple[Citation, ...]


class SpendingAnswers:
    """The spending questions of ``Service``, which mixes them in and makes the state they
    keep; they find units by ``Service.lookup`` and a year's units in ``Service.coverage``."""

    catalog: Catalog
    _spending: dict[str, list[Spending]]
    _figures: dict[str, list[MoneyFigure]]
    _series: dict[str, list[YearSpending]]
    _ranks: dict[tuple[int, str], list[Rank]]
    _lock: threading.Lock

    def spending(self, unit_id: str, year: int | None = None) -> list[Spending]:
        """A unit's figures per report (document and fiscal year), kept per graph version."""
        found = self._spending.get(unit_id)
        if found is None:
            found = unit_spending(self.catalog, unit_id)
            if len(self._spending) < 4096:
                with self._lock:
                    self._spending[unit_id] = found
        return [s for s in found if year is None or s.year == year]

    def compare(
        self, names: list[str], year: int | None = None, category: str | None = None
    ) -> list[tuple[str, Node, list[Spending]]]:
        """Several units' figures side by side, each unit named by any of its names; with
        ``category``, only the reports that give a figure of that category."""
        if category is not None and category not in CATEGORIES:
            raise QueryError(f"unknown category {category!r} (use one of {', '.join(CATEGORIES)})")
        found = []
        for name in names:
            unit = self.lookup(name, ("unit",))
            if unit is None:
                raise QueryError(f"no unit is named {name!r}")
            spending = self.spending(unit.id, year)
            if category is not None:
                spending = [s for s in spending if s.figure(category) is not None]
            found.append((name, unit, spending))
        return found

    def series(
        self, unit_id: str, first_year: int | None = None, last_year: int | None = None
    ) -> list[YearSpending]:
        """A unit's fiscal years, oldest first (``first_year``..``last_year`` inclusive):
        its reports' figures, and the revenue, carry-over and change figures stated in the
        reports it issues (or tied to its lines), kept per graph version."""
        found = self._series.get(unit_id)
        if found is None:
            found = self._unit_series(unit_id)
            if len(self._series) < 4096:
                with self._lock:
                    self._series[unit_id] = found
        return [
            entry
            for entry in found
            if (first_year is None or entry.year >= first_year)
            and (last_year is None or entry.year <= last_year)
        ]

    def _unit_series(self, unit_id: str) -> list[YearSpending]:
        catalog = self.catalog
        reports = self.spending(unit_id)
        issued = {
            d for d in catalog.subjects_of(DCTERMS.publisher, unit_id) if d in catalog.documents
        }
        held = issued | {r.document for r in reports if r.document in catalog.documents}
        figures = []
        for document in sorted(held):
            for figure in self.money_figures(document):
                if figure.kind not in SERIES_KINDS:
                    continue
                line = catalog.lines.get(figure.funding_line or "")
                owner = line.unit if line is not None else None
                if owner == unit_id or (owner is None and document in issued):
                    figures.append(figure)
        years = {d: catalog.documents[d].fiscal_year for d in sorted(held)}
        return unit_series(unit_id, reports, years, figures)

    def rank_units(self, year: int, category: str, first: int | None = None) -> list[Rank]:
        """Units by one category's figure in ``year``, largest first (at most ``first``,
        1..100); a unit whose reports of the year differ on it is not ranked."""
        if category not in CATEGORIES:
            raise QueryError(f"unknown category {category!r} (use one of {', '.join(CATEGORIES)})")
        found = self._ranks.get((year, category))
        if found is None:
            entries = [
                entry
                for unit, at in sorted(self.coverage.cells)
                if at == year
                for entry in self.series(unit, year, year)
            ]
            given = [(e, e.figure(category)) for e in entries if e.figure(category) is not None]
            given.sort(key=lambda pair: (-pair[1].amount, pair[0].unit))
            found, place = [], 0
            for index, (entry, figure) in enumerate(given):
                if index == 0 or figure.amount != given[index - 1][1].amount:
                    place = index + 1
                found.append(self._rank(place, entry, figure))
            if len(self._ranks) < 1024:
                with self._lock:
                    self._ranks[(year, category)] = found
        return found[: clamp(first)]

    def _rank(self, place: int, entry: YearSpending, figure: Figure) -> Rank:
        lines = [self.catalog.lines[i] for i in figure.lines if i in self.catalog.lines]
        cites: dict[tuple, Citation] = {}
        for line in lines:
            for cite in self.catalog.nodes[line.id].sources:
                cites.setdefault((cite.document, cite.start, cite.end), cite)
        return Rank(
            place=place,
            unit=entry.unit,
            figure=figure,
            entry=entry,
            documents=tuple(sorted({line.document for line in lines if line.document})),
            sources=tuple(sorted(cites.values(), key=lambda c: (c.document, c.start))),
        )

    def money_figures(self, document: str, kind: str | None = None) -> list[MoneyFigure]:
        """Every amount a report states (its id or slug), in the order of the text; ``kind``
        (spending, budget, revenue, carry-over, …) keeps one kind. Figures not read are
        listed too: they are amounts the report states."""
        if kind is not None and kind not in MONEY_KINDS:
            raise QueryError(f"unknown money kind {kind!r} (use one of {', '.join(MONEY_KINDS)})")
        slug = document.removeprefix("document/")
        found = self._figures.get(slug)
        if found is None:
            found = self.catalog.money_figures_of(f"document/{slug}")
            if len(self._figures) < 4096:
                with self._lock:
                    self._figures[slug] = found
        return [f for f in found if kind is None or f.kind == kind]

    def money_figure(self, figure: str) -> MoneyFigure | None:
        """One money figure by id (``money-figure/<slug>``), bare slug or IRI."""
        figures = self.catalog.money_figures
        if figure.startswith(("http://", "https://", "urn:")):
            figure = node_id(figure) if figure.startswith(f"{self.catalog.base}/id/") else ""
        found = figures.get(figure)
        if found is None and "/" not in figure:
            found = figures.get(f"money-figure/{figure}")
        return found
