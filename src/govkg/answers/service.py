"""The analyst questions, answered in plain Python over one graph version.

GraphQL, the CLI and the HTTP app all call this; none of them queries the store directly.
Answers come from index lookups on the catalog and are kept per graph version, so a
question costs the same on the bundled seed and on a million triples.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING

from rdflib.namespace import DCTERMS

from govkg.answers.costs import Allocation, PlatformCosts, allocate_platform
from govkg.answers.coverage import Coverage, coverage
from govkg.answers.findings import Finding, find_problems
from govkg.answers.names import Names, normalise
from govkg.answers.paging import MAX_PAGE, Page, clamp, page
from govkg.answers.review import Review, review
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
from govkg.core.money import format_yuan
from govkg.core.records import MONEY_KINDS, Citation
from govkg.graph.catalog import Catalog, Line, Link, MoneyFigure, Node, node_id
from govkg.graph.ontology import GOVKG
from govkg.graph.views import to_networkx, walk_neighbourhood, walk_path

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["MAX_PAGE", "Cost", "Page", "Rank", "Service", "clamp", "normalise"]

PLATFORM_KINDS = ("platform",)


@dataclass(frozen=True, kw_only=True)
class Cost:
    """Money attributed to something, STATED by a source or ALLOCATED by the rule."""

    amount: Decimal
    basis: str
    method: str | None
    funding_line: str | None
    year: int | None = None


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


class Service:
    """Questions over one graph version; what is derived is computed once, when first asked."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._costs: dict[str, PlatformCosts] = {}
        self._lists: dict[tuple, list[str]] = {}
        self._neighbours: dict[str, frozenset[str]] = {}
        self._spending: dict[str, list[Spending]] = {}
        self._reviews: dict[str, Review] = {}
        self._figures: dict[str, list[MoneyFigure]] = {}
        self._series: dict[str, list[YearSpending]] = {}
        self._ranks: dict[tuple[int, str], list[Rank]] = {}
        self._lock = threading.Lock()
        self.names = Names(catalog)

    # lookups (answers/names.py) and lists (answers/paging.py) ---------------------------
    def node(self, node_id_or_iri: str) -> Node | None:
        """By id (``platform/yiwangtongguan``), bare slug, or IRI."""
        return self.names.node(node_id_or_iri)

    def lookup(self, name: str, kinds: tuple[str, ...] | None = None) -> Node | None:
        """Any name: Chinese, alias, English, pinyin, id or IRI; best-ranked match wins."""
        return self.names.lookup(name, kinds)

    def search(self, query: str, kind: str | None = None, first: int | None = 20) -> list[Node]:
        """Nodes whose names contain the query (answers/names.py)."""
        return self.names.search(query, kind, first)

    def page(
        self,
        ids: list[str],
        first: int | None,
        after: str | None,
        present=None,
        *,
        ordered_by_id: bool = True,
    ) -> Page:
        """A page of ``ids`` (answers/paging.py)."""
        return page(ids, first, after, present, ordered_by_id=ordered_by_id)

    def ids_of_kind(self, kind: str, category: str | None = None) -> list[str]:
        if category is None:
            return self.catalog.ids_of_kind(kind)
        return self._filtered(kind, GOVKG.category, category)

    def funding_line_ids(self, year: int | None = None) -> list[str]:
        if year is None:
            return self.catalog.ids_of_kind("funding-line")
        return self._filtered("funding-line", GOVKG.fiscalYear, year)

    def _filtered(self, kind: str, predicate, value) -> list[str]:
        """Sorted ids of one kind with one literal value, kept per graph version."""
        key = (kind, predicate, value)
        found = self._lists.get(key)
        if found is None:
            members = self.catalog.subjects_of_literal(predicate, value)
            found = [i for i in self.catalog.ids_of_kind(kind) if i in members]
            if len(self._lists) < 1024:
                self._lists[key] = found
        return found

    # relations -----------------------------------------------------------------------
    def feed_ids(self, platform: str | None = None, unit: str | None = None) -> list[str]:
        """Feeds into a platform and/or out of a unit, each named by any of its names."""
        if platform is None and unit is None:
            return self.catalog.ids_of_class(GOVKG.Feed)
        chosen: set[str] | None = None
        if platform is not None:
            node = self.lookup(platform, PLATFORM_KINDS)
            chosen = {k.id for k in self.catalog.links_to(node.id, "feeds")} if node else set()
        if unit is not None:
            node = self.lookup(unit, ("unit",))
            out = {k.id for k in self.catalog.links_from(node.id, "feeds")} if node else set()
            chosen = out if chosen is None else chosen & out
        return sorted(chosen or ())

    def feeds(self, platform: str | None = None, unit: str | None = None) -> list[Link]:
        """The feeds themselves; one whose unit or platform the graph lacks is left out."""
        return [
            self.catalog.links[i] for i in self.feed_ids(platform, unit) if i in self.catalog.links
        ]

    def links_from(self, nid: str, link_type: str) -> list[Link]:
        return self.catalog.links_from(nid, link_type)

    def links_to(self, nid: str, link_type: str) -> list[Link]:
        return self.catalog.links_to(nid, link_type)

    def related(self, nid: str, link_type: str, outgoing: bool = True) -> list[Node]:
        links = self.links_from(nid, link_type) if outgoing else self.links_to(nid, link_type)
        return [self.catalog.nodes[k.target if outgoing else k.source] for k in links]

    # costs ----------------------------------------------------------------------------
    def _platform_costs(self, platform: str) -> PlatformCosts:
        found = self._costs.get(platform)
        if found is None:
            found = allocate_platform(self.catalog, platform)
            with self._lock:
                self._costs[platform] = found
        return found

    def feed_costs(self, link_id: str, year: int | None = None) -> list[Cost]:
        """One allocation per funding line that covers the feed's platform (of ``year``)."""
        link = self.catalog.links.get(link_id)
        if link is None or link.type != "feeds":
            return []
        found = self._platform_costs(link.target).feeds.get(link_id, [])
        return [_cost(a) for a in found if year is None or a.year == year]

    def feed_cost(self, link_id: str, year: int | None = None) -> Cost | None:
        """The cost of one feed in one fiscal year (``year``, else the latest year any line
        covers): one line's allocation, or the sum of that year's lines, or None. Years are
        never added together."""
        costs = self.feed_costs(link_id, year)
        years = {c.year for c in costs}
        if year is None and len(years) > 1:
            latest = max(y for y in years if y is not None) if years - {None} else None
            costs = [c for c in costs if c.year == latest]
        if len(costs) <= 1:
            return costs[0] if costs else None
        total = sum((c.amount for c in costs), Decimal(0))
        parts = " + ".join(f"{format_yuan(c.amount)} ({c.funding_line})" for c in costs)
        return Cost(
            amount=total,
            basis="ALLOCATED",
            funding_line=None,
            method=f"sum of {len(costs)} allocations of fiscal year {costs[0].year}: {parts} "
            f"= {format_yuan(total)} CNY",
            year=costs[0].year,
        )

    def platform_costs(self, nid: str) -> list[Cost]:
        node = self.catalog.nodes.get(nid)
        if node is None or node.kind != "platform":
            return []
        return [_cost(a) for a in self._platform_costs(nid).platform]

    def funded_by(self, nid: str) -> list[Node]:
        """Funding lines that reach a node directly or through a project that delivers it."""
        lines = {k.source for k in self.links_to(nid, "funds")}
        for project in self.related(nid, "delivers", outgoing=False):
            lines |= {k.source for k in self.links_to(project.id, "funds")}
        return [self.catalog.nodes[i] for i in sorted(lines)]

    # funding --------------------------------------------------------------------------
    def line(self, nid: str) -> Line:
        return self.catalog.lines[nid]

    def children(self, line_id: str) -> list[Node]:
        return [
            self.catalog.nodes[i]
            for i in self.catalog.subjects_of(GOVKG.parentLine, line_id)
            if i in self.catalog.lines
        ]

    def lines_of_unit(self, unit_id: str) -> list[Node]:
        return [
            self.catalog.nodes[i]
            for i in self.catalog.subjects_of(GOVKG.spendingUnit, unit_id)
            if i in self.catalog.lines
        ]

    def computed_share(self, line_id: str) -> Decimal | None:
        """Percent of the line the share is of (``share_of``, else the parent), from the
        amounts, to 2 places (derived, never stated)."""
        line = self.catalog.lines[line_id]
        parent = self.catalog.lines.get(line.share_base or "")
        if parent is None or not parent.amount:
            return None
        return (line.amount / parent.amount * 100).quantize(Decimal("0.01"))

    # spending across reports ----------------------------------------------------------
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

    @cached_property
    def coverage(self) -> Coverage:
        """What the corpus holds: reports by year and genre, units by year."""
        return coverage(self.catalog)

    @cached_property
    def review_totals(self) -> tuple[int, int]:
        """(curated, extracted): each report's facts by provenance, summed over reports."""
        reviews = [self.review(d) for d in self.catalog.ids_of_kind("document")]
        return sum(r.curated for r in reviews), sum(r.extracted for r in reviews)

    def review(self, document_id: str) -> Review:
        """A document's facts by provenance: curated, or extracted and awaiting review."""
        found = self._reviews.get(document_id)
        if found is None:
            found = review(self.catalog, document_id.removeprefix("document/"))
            with self._lock:
                self._reviews[document_id] = found
        return found

    # money figures ----------------------------------------------------------------------
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

    def possibly_same_as(self, nid: str) -> list[Node]:
        """Nodes an ingest rule found doubtfully the same as this one, either direction."""
        ids = set(self.catalog.nodes[nid].possibly_same_as) if nid in self.catalog.nodes else set()
        ids |= set(self.catalog.subjects_of(GOVKG.possiblySameAs, nid))
        return [self.catalog.nodes[i] for i in sorted(ids) if i in self.catalog.nodes]

    # graph questions ------------------------------------------------------------------
    def path(self, source: str, target: str) -> list[Node] | None:
        a, b = self.lookup(source), self.lookup(target)
        if a is None or b is None:
            missing = source if a is None else target
            raise QueryError(f"no node is named {missing!r}")
        ids = walk_path(self.neighbour_ids, a.id, b.id)
        return None if ids is None else [self.catalog.nodes[i] for i in ids]

    def neighbour_ids(self, nid: str) -> frozenset[str]:
        """A node's neighbours, kept (a bounded number) for paths, pages and embeds."""
        found = self._neighbours.get(nid)
        if found is None:
            found = frozenset(self.catalog.neighbour_ids(nid))
            if len(self._neighbours) < 100_000:
                self._neighbours[nid] = found
        return found

    def neighbours(self, nid: str, depth: int = 1) -> list[Node]:
        ids = walk_neighbourhood(self.neighbour_ids, nid, max(0, min(depth, 3)))
        return [self.catalog.nodes[i] for i in sorted(ids) if i in self.catalog.nodes]

    def indicators_of(self, nid: str) -> list[Node]:
        return [
            self.catalog.nodes[i]
            for i in self.catalog.subjects_of(GOVKG.subject, nid)
            if i in self.catalog.indicators
        ]

    def documents(self) -> list[Node]:
        return [self.catalog.nodes[d] for d in self.catalog.ids_of_kind("document")]

    def mentions(self, document_slug: str) -> list[Node]:
        """Nodes citing a document (two index lookups: its citations, then who cites them)."""
        return [self.catalog.nodes[i] for i in self.catalog.citing(document_slug)]

    @cached_property
    def networkx(self) -> nx.MultiDiGraph:
        """The whole graph as a networkx view, built on first use (exports, centrality)."""
        return to_networkx(self.catalog)

    @cached_property
    def _degrees(self) -> list[tuple[str, int, float]]:
        """(id, degree, degree centrality) of every node, most connected first: the
        networkx view's undirected degree, relations and structural links alike."""
        view = self.networkx.to_undirected(as_view=True)
        import networkx as nx  # only for centrality: its import costs ~0.2 s a command

        scores = nx.degree_centrality(view) if len(view) > 1 else {}
        ranked = sorted(view.degree(), key=lambda pair: (-pair[1], pair[0]))
        return [(nid, degree, scores.get(nid, 0.0)) for nid, degree in ranked]

    def central(self, kind: str | None = None, first: int | None = 10) -> list[tuple]:
        """The most connected nodes (of one kind): (node, degree, centrality)."""
        found = [
            (self.catalog.nodes[nid], degree, score)
            for nid, degree, score in self._degrees
            if kind is None or nid.split("/", 1)[0] == kind
        ]
        return found[: clamp(first)]

    @cached_property
    def findings(self) -> list[Finding]:
        """The checks of findings.py, run once per graph version when first asked."""
        return find_problems(self.catalog)


def _cost(allocation: Allocation) -> Cost:
    return Cost(
        amount=allocation.amount,
        basis=allocation.basis,
        method=allocation.method,
        funding_line=allocation.funding_line,
        year=allocation.year,
    )
