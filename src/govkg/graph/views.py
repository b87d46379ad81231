"""Graph views of a graph version: the networkx view, and paths and neighbourhoods.

Paths and neighbourhoods walk the catalog's neighbours (index lookups), so they serve graphs
of any size; ``to_networkx`` builds the whole view for exports and notebooks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from govkg.graph.catalog import Catalog

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["to_networkx", "walk_neighbourhood", "walk_path"]

MAX_VISITS = 10_000
"""A path search gives up (answers null) after expanding this many nodes."""


def to_networkx(catalog: Catalog) -> nx.MultiDiGraph:
    """One node per entity; one edge per cited relation plus the structural links
    (funding line → parent line, spending unit and the line its share is of, indicator →
    subject, event → place, people and subjects, document → issuer). Edge keys are stable
    ids."""
    import networkx as nx  # only here: its import costs ~0.2 s a command

    graph = nx.MultiDiGraph()
    for node in catalog.nodes.values():
        graph.add_node(
            node.id,
            kind=node.kind,
            category=node.category or "",
            name=node.name,
            name_en=node.name_en or "",
            iri=node.iri,
        )
    for link in catalog.links.values():
        graph.add_edge(
            link.source,
            link.target,
            key=link.id,
            type=link.type,
            via=link.via or "",
            sources=len(link.sources),
        )

    def structural(source: str, target: str | None, kind: str) -> None:
        if target and target in catalog.nodes and source in catalog.nodes:
            graph.add_edge(source, target, key=f"{kind}--{source}--{target}", type=kind)

    for line in catalog.lines.values():
        structural(line.id, line.parent, "sub-line-of")
        structural(line.id, line.unit, "spent-by")
        structural(line.id, line.share_of, "share-of")
    for indicator in catalog.indicators.values():
        structural(indicator.id, indicator.subject, "describes")
    for event in catalog.events.values():
        structural(event.id, event.location, "held-at")
        structural(event.id, event.organizer, "organized-by")
        for person in event.participants:
            structural(event.id, person, "attended-by")
        for subject in event.subjects:
            structural(event.id, subject, "about")
    for document in catalog.documents.values():
        structural(document.id, document.issuer, "issued-by")
    return graph


def walk_path(
    neighbours: Callable[[str], Iterable[str]],
    source: str,
    target: str,
    max_visits: int = MAX_VISITS,
) -> list[str] | None:
    """Shortest path by bidirectional breadth-first search; None if none within the budget."""
    if source == target:
        return [source]
    parents: tuple[dict[str, str | None], dict[str, str | None]] = ({source: None}, {target: None})
    frontiers = ([source], [target])
    visits = 0
    while frontiers[0] and frontiers[1] and visits < max_visits:
        side = 0 if len(frontiers[0]) <= len(frontiers[1]) else 1
        mine, theirs = parents[side], parents[1 - side]
        next_frontier = []
        for node in sorted(frontiers[side]):
            visits += 1
            for other in sorted(neighbours(node)):
                if other in mine:
                    continue
                mine[other] = node
                if other in theirs:
                    return _join(parents, other)
                next_frontier.append(other)
        frontiers = (next_frontier, frontiers[1]) if side == 0 else (frontiers[0], next_frontier)
    return None


def _join(parents: tuple[dict, dict], meeting: str) -> list[str]:
    forward, backward = [], []
    node = meeting
    while node is not None:
        forward.append(node)
        node = parents[0][node]
    node = parents[1][meeting]
    while node is not None:
        backward.append(node)
        node = parents[1][node]
    return [*reversed(forward), *backward]


def walk_neighbourhood(
    neighbours: Callable[[str], Iterable[str]], center: str, depth: int, max_nodes: int = 2_000
) -> set[str]:
    """Nodes within ``depth`` hops of ``center``, at most ``max_nodes`` of them."""
    seen, frontier = {center}, [center]
    for _ in range(depth):
        next_frontier = []
        for node in sorted(frontier):
            for other in sorted(neighbours(node)):
                if other not in seen:
                    if len(seen) >= max_nodes:
                        return seen
                    seen.add(other)
                    next_frontier.append(other)
        frontier = next_frontier
    return seen
