"""Which part of the graph an export holds: all of it, or a focus node's neighbourhood."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from govkg.core.errors import QueryError
from govkg.core.words import DEFAULT, LANGS
from govkg.graph.catalog import KIND_OF_CLASS

if TYPE_CHECKING:
    from govkg.answers.kg import KnowledgeGraph

__all__ = ["KINDS", "Edge", "Selection", "Subset", "edges_among", "select"]

KINDS = tuple(sorted(set(KIND_OF_CLASS.values())))
MAX_DEPTH = 3
Edge = tuple[str, str, str, dict[str, Any]]  # source, target, key, attributes


@dataclass(frozen=True, kw_only=True)
class Selection:
    """``focus`` and ``depth`` pick a neighbourhood (edges in either direction, depth 0..3);
    ``kinds`` keeps only nodes of those kinds (the focus always stays, it is the centre);
    ``year`` is the fiscal year the money pictures (sankey, treemap) show; ``lang`` the
    language (zh, en) the Graphviz pictures (dot, svg, png) are written in."""

    focus: str | None = None
    depth: int = 1
    kinds: tuple[str, ...] = ()
    year: int | None = None
    lang: str = DEFAULT

    def __post_init__(self) -> None:
        if not 0 <= self.depth <= MAX_DEPTH:
            raise QueryError(f"depth {self.depth} must be in 0..{MAX_DEPTH}")
        if self.lang not in LANGS:
            raise QueryError(f"unknown language {self.lang!r} (use one of {', '.join(LANGS)})")
        unknown = [kind for kind in self.kinds if kind not in KINDS]
        if unknown:
            raise QueryError(f"unknown kind {unknown[0]!r} (use one of {', '.join(KINDS)})")
        object.__setattr__(self, "kinds", tuple(sorted(set(self.kinds))))

    @property
    def slug(self) -> str:
        """A filename stem: ``govkg``, ``govkg-platform-yiwangtongguan-d1``, ``…-unit``."""
        parts = ["govkg"]
        if self.focus:
            parts += [re.sub(r"[^A-Za-z0-9_.-]+", "-", self.focus).strip("-"), f"d{self.depth}"]
        parts += self.kinds
        if self.year is not None:
            parts.append(f"y{self.year}")
        return "-".join(parts)


@dataclass(frozen=True, kw_only=True)
class Subset:
    """The chosen node ids (sorted) and the networkx edges among them (sorted by key).

    Both are worked out on first use: an RDF export of the whole graph is written by the
    store and never needs them (at 10^6 triples they cost seconds).
    """

    focus: str | None
    depth: int
    whole: bool
    kg: KnowledgeGraph = field(repr=False, compare=False)
    chosen: frozenset[str] | None = field(repr=False)  # None: every node of the catalog
    year: int | None = None  # the fiscal year of the money pictures
    lang: str = DEFAULT  # the language of the Graphviz pictures

    @cached_property
    def nodes(self) -> tuple[str, ...]:
        return tuple(sorted(self.kg.catalog.nodes if self.chosen is None else self.chosen))

    @cached_property
    def edges(self) -> tuple[Edge, ...]:
        among = edges_among(self.kg, set(self.nodes))
        return tuple(sorted(among.values(), key=lambda edge: edge[2]))


def select(kg: KnowledgeGraph, selection: Selection | None = None) -> Subset:
    """Resolve a selection against one graph version; an unknown focus is a QueryError.

    The neighbourhood comes from the query service (the same walk as GraphQL's, depth at
    most 3), and edges are collected for the chosen nodes only, so a small selection of a
    large graph costs little.
    """
    selection = selection or Selection()
    catalog = kg.catalog
    focus, chosen = None, None
    if selection.focus is not None:
        node = kg.service.node(selection.focus) or kg.service.lookup(selection.focus)
        if node is None:
            raise QueryError(f"no node with id or name {selection.focus!r}")
        focus = node.id
        chosen = {n.id for n in kg.service.neighbours(focus, selection.depth)} | {focus}
    if selection.kinds:
        chosen = {
            n
            for n in (catalog.nodes if chosen is None else chosen)
            if catalog.nodes[n].kind in selection.kinds or n == focus
        }
    return Subset(
        focus=focus,
        depth=selection.depth,
        whole=focus is None and not selection.kinds,
        kg=kg,
        chosen=None if chosen is None else frozenset(chosen),
        year=selection.year,
        lang=selection.lang,
    )


def edges_among(kg: KnowledgeGraph, chosen: set[str]) -> dict[str, Edge]:
    """The edges of the networkx view (``views.to_networkx``) whose ends are both chosen:
    cited relations plus the structural links, keyed and typed the same way."""
    catalog, edges = kg.catalog, {}

    def structural(source: str, target: str | None, kind: str) -> None:
        if target and target in chosen:
            key = f"{kind}--{source}--{target}"
            edges[key] = (source, target, key, {"type": kind})

    for nid in sorted(chosen):
        for link in catalog.outgoing.get(nid, ()):
            if link.target in chosen:
                data = {"type": link.type, "via": link.via or "", "sources": len(link.sources)}
                edges[link.id] = (link.source, link.target, link.id, data)
        kind = catalog.nodes[nid].kind
        if kind == "funding-line":
            line = catalog.lines[nid]
            structural(nid, line.parent, "sub-line-of")
            structural(nid, line.unit, "spent-by")
            structural(nid, line.share_of, "share-of")
        elif kind == "indicator":
            structural(nid, catalog.indicators[nid].subject, "describes")
        elif kind == "event":
            event = catalog.events[nid]
            structural(nid, event.location, "held-at")
            structural(nid, event.organizer, "organized-by")
            for person in event.participants:
                structural(nid, person, "attended-by")
            for subject in event.subjects:
                structural(nid, subject, "about")
        elif kind == "document":
            structural(nid, catalog.documents[nid].issuer, "issued-by")
    return edges
