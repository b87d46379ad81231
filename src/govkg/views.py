"""The networkx view of a graph version: typed nodes, typed edges, for paths and neighbourhoods."""

from __future__ import annotations

import networkx as nx

from govkg.catalog import Catalog

__all__ = ["neighbourhood", "shortest_path", "to_networkx"]


def to_networkx(catalog: Catalog) -> nx.MultiDiGraph:
    """One node per entity; one edge per cited relation plus the structural links
    (funding line → parent line and spending unit, indicator → subject, event → place,
    people and subjects, document → issuer). Edge keys are stable ids."""
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


def shortest_path(graph: nx.MultiDiGraph, source: str, target: str) -> list[str] | None:
    """Shortest chain of nodes between two, following edges in either direction."""
    try:
        return nx.shortest_path(graph.to_undirected(as_view=True), source, target)
    except (nx.NetworkXNoPath, nx.NodeNotFound):
        return None


def neighbourhood(graph: nx.MultiDiGraph, center: str, depth: int) -> set[str]:
    """Nodes within ``depth`` hops of ``center``, edges taken in either direction."""
    if center not in graph:
        return set()
    lengths = nx.single_source_shortest_path_length(
        graph.to_undirected(as_view=True), center, cutoff=depth
    )
    return set(lengths)
