"""Graph-tool exports: GraphML (yEd, Gephi), GEXF (Gephi) and Cytoscape.js elements JSON."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import networkx as nx
import orjson

from govkg.exports.records import edge_records, node_records, xml_safe
from govkg.exports.style import STYLES

if TYPE_CHECKING:
    from govkg.exports.selection import Subset
    from govkg.kg import KnowledgeGraph

__all__ = ["cytoscape", "elements", "export_graph", "gexf", "graphml"]


def _typed(facts: dict[str, Any], text) -> dict[str, Any]:
    """Decimals become a float (for the tool's arithmetic) and ``<name>_exact`` (a string)."""
    out: dict[str, Any] = {}
    for key, value in facts.items():
        if isinstance(value, Decimal):
            out[key] = float(value)
            out[f"{key}_exact"] = str(value)
        elif isinstance(value, str):
            out[key] = text(value)
        else:
            out[key] = value
    return out


def title(kg: KnowledgeGraph, subset: Subset) -> str:
    """What the export shows, for a graph name or a picture's caption."""
    if subset.focus is None:
        return "govkg · 全图 whole graph" + ("" if subset.whole else " (filtered)")
    name = kg.catalog.nodes[subset.focus].name
    return f"{name} · 邻域 neighbourhood, depth {subset.depth} · govkg"


def export_graph(kg: KnowledgeGraph, subset: Subset, text=xml_safe) -> nx.MultiDiGraph:
    """A networkx graph whose attributes are all str, int or float, so any writer keeps them.

    Strings pass through ``text`` (by default control characters become visible pictures,
    which XML 1.0 — hence GraphML and GEXF — cannot otherwise carry).
    """
    graph = nx.MultiDiGraph(name=text(title(kg, subset)), govkg_version=kg.version)
    for facts in node_records(kg, subset):
        graph.add_node(facts["id"], label=text(facts["name"]), **_typed(facts, text))
    for facts in edge_records(kg, subset):
        data = _typed(facts, text)
        source, target = data.pop("source"), data.pop("target")
        graph.add_edge(source, target, key=data["id"], label=data["relation"], **data)
    return graph


def _without_id(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """GraphML writes node ids itself; a data key named ``id`` would shadow nothing useful."""
    copy = graph.copy()
    for _, data in copy.nodes(data=True):
        data.pop("id", None)
    return copy


def graphml(kg: KnowledgeGraph, subset: Subset) -> bytes:
    out = io.BytesIO()
    nx.write_graphml_xml(_without_id(export_graph(kg, subset)), out, encoding="utf-8")
    return out.getvalue()


def gexf(kg: KnowledgeGraph, subset: Subset) -> bytes:
    graph = _without_id(export_graph(kg, subset))
    for _, data in graph.nodes(data=True):
        style = STYLES.get(data["kind"])
        if style is not None:
            r, g, b = (int(style.line[i : i + 2], 16) for i in (1, 3, 5))
            data["viz"] = {"color": {"r": r, "g": g, "b": b, "a": 1.0}, "size": style.size}
    out = io.BytesIO()
    nx.write_gexf(graph, out, encoding="utf-8", prettyprint=True)
    return out.getvalue()


def elements(kg: KnowledgeGraph, subset: Subset) -> dict[str, Any]:
    """Cytoscape.js ``elements``: ``{"nodes": [{"data": …}], "edges": [{"data": …}]}``."""
    graph = export_graph(kg, subset, text=str)
    nodes = [{"data": {"id": node, **data}} for node, data in graph.nodes(data=True)]
    edges = [
        {"data": {**data, "source": source, "target": target}}
        for source, target, data in graph.edges(data=True)
    ]
    return {"nodes": nodes, "edges": edges}


def cytoscape(kg: KnowledgeGraph, subset: Subset) -> bytes:
    document = {
        "format_version": "1.0",
        "generated_by": "govkg",
        "target_cytoscapejs_version": "~3.34",
        "data": {"name": title(kg, subset), "govkg_version": kg.version, "focus": subset.focus},
        "elements": elements(kg, subset),
    }
    return orjson.dumps(document, option=orjson.OPT_INDENT_2)
