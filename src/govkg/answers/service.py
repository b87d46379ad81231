"""The analyst questions, answered in plain Python over one graph version.

GraphQL, the CLI and the HTTP app all call this; none of them queries the store directly.
Answers come from index lookups on the catalog and are kept per graph version, so a
question costs the same on the bundled seed and on a million triples. The cost questions
are in ``service_costs`` and the spending questions in ``service_spending``, mixed in here.
"""

from __future__ import annotations

import threading
from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING

from govkg.answers.costs import PlatformCosts
from govkg.answers.coverage import Coverage, coverage
from govkg.answers.findings import Finding, find_problems
from govkg.answers.names import Names, normalise
from govkg.answers.paging import MAX_PAGE, Page, clamp, page
from govkg.answers.review import Review, review, reviews
from govkg.answers.service_costs import Cost, CostAnswers
from govkg.answers.service_spending import Rank, SpendingAnswers
from govkg.answers.spending import Spending, YearSpending
from govkg.core.errors import QueryError
from govkg.graph.catalog import Catalog, Line, Link, MoneyFigure, Node
from govkg.graph.ontology import GOVKG
from govkg.graph.views import to_networkx, walk_neighbourhood, walk_path

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["MAX_PAGE", "Cost", "Page", "Rank", "Service", "clamp", "normalise"]

PLATFORM_KINDS = ("platform",)


class Service(SpendingAnswers, CostAnswers):
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

    # costs (what a feed or a platform costs: service_costs.py) -------------------------
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

    # spending and money figures: service_spending.py; what the corpus holds -------------
    @cached_property
    def coverage(self) -> Coverage:
        """What the corpus holds: reports by year and genre, units by year."""
        return coverage(self.catalog)

    @cached_property
    def review_totals(self) -> tuple[int, int]:
        """(curated, extracted): each report's facts by provenance, summed over reports."""
        counted = reviews(self.catalog)
        with self._lock:
            self._reviews.update({f"document/{slug}": r for slug, r in counted.items()})
        return (
            sum(r.curated for r in counted.values()),
            sum(r.extracted for r in counted.values()),
        )

    def review(self, document_id: str) -> Review:
        """A document's facts by provenance: curated, or extracted and awaiting review."""
        found = self._reviews.get(document_id)
        if found is None:
            found = review(self.catalog, document_id.removeprefix("document/"))
            with self._lock:
                self._reviews[document_id] = found
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
        """The checks of findings.py, run once per graph version when first asked (or
        taken from a run kept for this version: ``adopt_findings``)."""
        return find_problems(self.catalog)

    def adopt_findings(self, findings: list[Finding]) -> None:
        """Take the findings of an earlier run on this very graph version."""
        self.__dict__["findings"] = findings  # where cached_property keeps its value
