"""The analyst questions, answered in plain Python over one graph version.

GraphQL, the CLI and the HTTP app all call this; none of them queries the store directly.
"""

from __future__ import annotations

import base64
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

import networkx as nx

from govkg.catalog import Catalog, Line, Link, Node
from govkg.costs import Allocation, allocate
from govkg.errors import QueryError
from govkg.findings import Finding, find_problems
from govkg.money import format_yuan
from govkg.views import neighbourhood, shortest_path

__all__ = ["MAX_PAGE", "Cost", "Page", "Service"]

MAX_PAGE = 100
PLATFORM_KINDS = ("platform",)


@dataclass(frozen=True, kw_only=True)
class Cost:
    """Money attributed to something, STATED by a source or ALLOCATED by the rule."""

    amount: Decimal
    basis: str
    method: str | None
    funding_line: str | None


@dataclass(frozen=True, kw_only=True)
class Page:
    """One page of a list: GitHub-style connection data."""

    items: list
    cursors: list[str]
    total: int
    has_next: bool
    has_previous: bool


def normalise(text: str) -> str:
    """Fold case, width, tones, spaces and punctuation so 'Yi Wang-Tong Guan' finds 一网统管."""
    text = unicodedata.normalize("NFKD", text).casefold()
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[\s\-_'’“”\"《》（）()·,，、.。]+", "", text)


def _cursor(node_id: str) -> str:
    return base64.urlsafe_b64encode(node_id.encode()).decode()


def _uncursor(cursor: str) -> str:
    try:
        return base64.urlsafe_b64decode(cursor.encode()).decode()
    except (ValueError, UnicodeDecodeError) as error:
        raise QueryError(f"invalid cursor {cursor!r}") from error


class Service:
    """Questions over one graph version; everything derived is computed once, here."""

    def __init__(self, catalog: Catalog, graph: nx.MultiDiGraph) -> None:
        self.catalog, self.graph = catalog, graph
        self.allocations = allocate(catalog)
        self.findings: list[Finding] = find_problems(catalog)
        self._names: dict[str, list[tuple[int, str]]] = {}
        for node in catalog.nodes.values():
            keys = [
                (0, node.id),
                (0, node.id.split("/", 1)[-1]),
                (0, node.iri),
                (1, node.name),
                *((2, alias) for alias in node.aliases),
                (2, node.name_en or ""),
                (3, node.pinyin or ""),
            ]
            for rank, key in keys:
                if key:
                    self._names.setdefault(normalise(key), []).append((rank, node.id))
        self._children: dict[str, list[str]] = {}
        for line in catalog.lines.values():
            if line.parent:
                self._children.setdefault(line.parent, []).append(line.id)

    # lookups -------------------------------------------------------------------------
    def node(self, node_id: str) -> Node | None:
        """By id (``platform/yiwangtongguan``), bare slug, or IRI."""
        if node_id in self.catalog.nodes:
            return self.catalog.nodes[node_id]
        if node_id in self.catalog.by_iri:
            return self.catalog.nodes[self.catalog.by_iri[node_id]]
        matches = [n for rank, n in self._names.get(normalise(node_id), []) if rank == 0]
        return self.catalog.nodes[matches[0]] if len(set(matches)) == 1 else None

    def lookup(self, name: str, kinds: tuple[str, ...] | None = None) -> Node | None:
        """Any name: Chinese, alias, English, pinyin, id or IRI; best-ranked match wins."""
        candidates = sorted(
            (rank, node_id)
            for rank, node_id in self._names.get(normalise(name), [])
            if kinds is None or self.catalog.nodes[node_id].kind in kinds
        )
        return self.catalog.nodes[candidates[0][1]] if candidates else None

    def search(self, query: str, kind: str | None = None, first: int = 20) -> list[Node]:
        """Nodes whose names contain the query, exact names first."""
        first = clamp(first)
        needle = normalise(query)
        if not needle:
            return []
        scored = []
        for node in self.catalog.nodes.values():
            if kind and node.kind != kind:
                continue
            names = [node.name, *node.aliases, node.name_en or "", node.pinyin or "", node.id]
            folded = [normalise(n) for n in names if n]
            if needle in folded:
                score = 0
            elif any(f.startswith(needle) for f in folded):
                score = 1
            elif any(needle in f for f in folded):
                score = 2
            else:
                continue
            scored.append((score, len(node.name), node.id))
        return [self.catalog.nodes[node_id] for *_, node_id in sorted(scored)[:first]]

    # lists ----------------------------------------------------------------------------
    def page(self, items: list, key, first: int | None, after: str | None) -> Page:
        """Cursor pagination over ``items`` sorted by ``key``; ``first`` is clamped to 1..100."""
        ordered = sorted(items, key=key)
        keys = [key(item) for item in ordered]
        start = 0
        if after:
            marker = _uncursor(after)
            start = next((i + 1 for i, k in enumerate(keys) if k == marker), None)
            if start is None:
                raise QueryError(f"cursor {after!r} does not point into this list")
        size = clamp(first if first is not None else MAX_PAGE)
        chosen = ordered[start : start + size]
        return Page(
            items=chosen,
            cursors=[_cursor(key(item)) for item in chosen],
            total=len(ordered),
            has_next=start + size < len(ordered),
            has_previous=start > 0,
        )

    def nodes_of(self, kind: str, category: str | None = None) -> list[Node]:
        return [
            n
            for n in self.catalog.nodes.values()
            if n.kind == kind and (category is None or n.category == category)
        ]

    def funding_lines(self, year: int | None = None) -> list[Node]:
        return [
            self.catalog.nodes[line.id]
            for line in self.catalog.lines.values()
            if year is None or line.year == year
        ]

    # relations -----------------------------------------------------------------------
    def feeds(self, platform: str | None = None, unit: str | None = None) -> list[Link]:
        """Feeds into a platform and/or out of a unit, each named by any of its names."""
        links = [link for link in self.catalog.links.values() if link.type == "feeds"]
        if platform is not None:
            node = self.lookup(platform, PLATFORM_KINDS)
            links = [k for k in links if node and k.target == node.id]
        if unit is not None:
            node = self.lookup(unit, ("unit",))
            links = [k for k in links if node and k.source == node.id]
        return sorted(links, key=lambda link: link.id)

    def links_from(self, node_id: str, link_type: str) -> list[Link]:
        return self.catalog.links_from(node_id, link_type)

    def links_to(self, node_id: str, link_type: str) -> list[Link]:
        return self.catalog.links_to(node_id, link_type)

    def related(self, node_id: str, link_type: str, outgoing: bool = True) -> list[Node]:
        links = (
            self.links_from(node_id, link_type) if outgoing else self.links_to(node_id, link_type)
        )
        return [self.catalog.nodes[k.target if outgoing else k.source] for k in links]

    # costs ----------------------------------------------------------------------------
    def feed_costs(self, link_id: str) -> list[Cost]:
        return [_cost(a) for a in self.allocations.feeds.get(link_id, [])]

    def feed_cost(self, link_id: str) -> Cost | None:
        """The cost of one feed: one covering line's allocation, or their sum, or None."""
        costs = self.feed_costs(link_id)
        if len(costs) <= 1:
            return costs[0] if costs else None
        total = sum((c.amount for c in costs), Decimal(0))
        parts = " + ".join(f"{format_yuan(c.amount)} ({c.funding_line})" for c in costs)
        return Cost(
            amount=total,
            basis="ALLOCATED",
            funding_line=None,
            method=f"sum of {len(costs)} allocations: {parts} = {format_yuan(total)} CNY",
        )

    def platform_costs(self, node_id: str) -> list[Cost]:
        return [_cost(a) for a in self.allocations.platforms.get(node_id, [])]

    def funded_by(self, node_id: str) -> list[Node]:
        """Funding lines that reach a node directly or through a project that delivers it."""
        lines = {k.source for k in self.links_to(node_id, "funds")}
        lines |= {a.funding_line for a in self.allocations.platforms.get(node_id, [])}
        for project in self.related(node_id, "delivers", outgoing=False):
            lines |= {k.source for k in self.links_to(project.id, "funds")}
        return [self.catalog.nodes[i] for i in sorted(lines)]

    # funding --------------------------------------------------------------------------
    def line(self, node_id: str) -> Line:
        return self.catalog.lines[node_id]

    def children(self, line_id: str) -> list[Node]:
        return [self.catalog.nodes[i] for i in sorted(self._children.get(line_id, []))]

    def computed_share(self, line_id: str) -> Decimal | None:
        """Percent of the parent line, from the amounts, to 2 places (derived, never stated)."""
        line = self.catalog.lines[line_id]
        parent = self.catalog.lines.get(line.parent or "")
        if parent is None or not parent.amount:
            return None
        return (line.amount / parent.amount * 100).quantize(Decimal("0.01"))

    # graph questions ------------------------------------------------------------------
    def path(self, source: str, target: str) -> list[Node] | None:
        a, b = self.lookup(source), self.lookup(target)
        if a is None or b is None:
            missing = source if a is None else target
            raise QueryError(f"no node is named {missing!r}")
        ids = shortest_path(self.graph, a.id, b.id)
        return None if ids is None else [self.catalog.nodes[i] for i in ids]

    def neighbours(self, node_id: str, depth: int = 1) -> list[Node]:
        ids = neighbourhood(self.graph, node_id, max(0, min(depth, 3)))
        return [self.catalog.nodes[i] for i in sorted(ids)]

    def indicators_of(self, node_id: str) -> list[Node]:
        return [
            self.catalog.nodes[i.id]
            for i in sorted(self.catalog.indicators.values(), key=lambda i: i.id)
            if i.subject == node_id
        ]

    def documents(self) -> list[Node]:
        return [self.catalog.nodes[d] for d in sorted(self.catalog.documents)]

    def mentions(self, document_slug: str) -> list[Node]:
        return [
            n
            for n in self.catalog.nodes.values()
            if any(c.document == document_slug for c in n.sources)
        ]


def clamp(first: int | None) -> int:
    """List sizes are 1..100 whatever the client asks."""
    if first is None:
        return MAX_PAGE
    return max(1, min(int(first), MAX_PAGE))


def _cost(allocation: Allocation) -> Cost:
    return Cost(
        amount=allocation.amount,
        basis=allocation.basis,
        method=allocation.method,
        funding_line=allocation.funding_line,
    )
