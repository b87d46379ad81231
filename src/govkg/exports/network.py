"""Graph-tool exports: GraphML (yEd, Gephi), GEXF (Gephi) and Cytoscape.js JSON.

The Cytoscape document carries the look by kind twice, for the two programs that read it:
a ``style`` array beside ``elements`` (what ``cy.json()`` writes and ``cytoscape(…)`` or
``cy.json(doc)`` applies), and each node's ``fill_color``, ``line_color`` and ``shape`` in
its data, which Cytoscape desktop keeps as table columns when it imports the network (it
reads no style from a network file): map them with passthrough mappings.
"""

from __future__ import annotations

from decimal import Decimal
from typing import IO, TYPE_CHECKING, Any

import networkx as nx
import orjson

from govkg.exports.records import edge_records, node_records, xml_safe
from govkg.exports.style import FONT, STYLES

if TYPE_CHECKING:
    from govkg.answers.kg import KnowledgeGraph
    from govkg.exports.selection import Subset

__all__ = ["cytoscape", "cytoscape_style", "elements", "export_graph", "gexf", "graphml"]


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


_GRAPHML_TYPE = {bool: "boolean", int: "long", float: "double", str: "string"}
_GRAPHML_HEAD = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
)


def _text(text: str) -> str:
    """XML character data: ``&``, ``<``, ``>`` escaped, and ``\r`` so it is not lost."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    return text


def _attribute(text: str) -> str:
    """A double-quoted XML attribute value; whitespace kept as references, not normalized."""
    text = _text(text)
    if '"' in text:
        text = text.replace('"', "&quot;")
    if "\n" in text:
        text = text.replace("\n", "&#10;")
    if "\t" in text:
        text = text.replace("\t", "&#9;")
    return text


def _graphml_value(value: Any) -> str:
    if isinstance(value, str):
        return _text(value)
    return str(value).lower() if isinstance(value, bool) else str(value)


def graphml(kg: KnowledgeGraph, subset: Subset, out: IO[bytes]) -> None:
    """GraphML as ``networkx.write_graphml`` writes it (the same keys, types and edge ids),
    streamed: element by element from the flat records, with no tree or graph in between."""
    nodes = [
        {"label": xml_safe(facts["name"]), **_typed(facts, xml_safe)}
        for facts in node_records(kg, subset)
    ]
    edges = [
        {**_typed(facts, xml_safe), "label": xml_safe(facts["relation"])}
        for facts in edge_records(kg, subset)
    ]
    graph = {"name": xml_safe(title(kg, subset)), "govkg_version": kg.version}
    types = {("graph", name): "string" for name in graph}  # declared as networkx does
    for data in nodes:
        for name, value in data.items():
            if name != "id" and ("node", name) not in types:
                types[("node", name)] = _GRAPHML_TYPE.get(type(value), "string")
    for data in edges:
        for name, value in data.items():
            if name not in ("source", "target") and ("edge", name) not in types:
                types[("edge", name)] = _GRAPHML_TYPE.get(type(value), "string")
    ids = {key: f"d{number}" for number, key in enumerate(types)}
    write = _Buffered(out).write
    write(_GRAPHML_HEAD)
    for (domain, name), kind in types.items():
        write(
            f'  <key id="{ids[(domain, name)]}" for="{domain}" '
            f'attr.name="{_attribute(name)}" attr.type="{kind}" />\n'
        )
    write('  <graph edgedefault="directed">\n')
    node_key = {name: key for (domain, name), key in ids.items() if domain == "node"}
    for data in nodes:
        parts = [f'    <node id="{_attribute(data["id"])}">\n']
        parts += [
            f'      <data key="{node_key[name]}">{_graphml_value(value)}</data>\n'
            for name, value in data.items()
            if name != "id"
        ]
        parts.append("    </node>\n")
        write("".join(parts))
    edge_key = {name: key for (domain, name), key in ids.items() if domain == "edge"}
    for data in edges:
        parts = [
            f'    <edge source="{_attribute(data["source"])}" '
            f'target="{_attribute(data["target"])}" '
            f'id="{_attribute(data["id"])}">\n'
        ]
        parts += [
            f'      <data key="{edge_key[name]}">{_graphml_value(value)}</data>\n'
            for name, value in data.items()
            if name not in ("source", "target")
        ]
        parts.append("    </edge>\n")
        write("".join(parts))
    for name, value in graph.items():
        write(f'    <data key="{ids[("graph", name)]}">{_graphml_value(value)}</data>\n')
    write("  </graph>\n</graphml>\n")
    write(None)


class _Buffered:
    """Text gathered into ~64 KiB of UTF-8 per write to ``out`` (``write(None)`` flushes)."""

    SIZE = 1 << 16

    def __init__(self, out: IO[bytes]) -> None:
        self.out, self.parts, self.size = out, [], 0

    def write(self, text: str | None) -> None:
        if text is not None:
            self.parts.append(text)
            self.size += len(text)
            if self.size < self.SIZE:
                return
        if self.parts:
            self.out.write("".join(self.parts).encode("utf-8"))
            self.parts, self.size = [], 0


_GEXF_HEAD = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<gexf xmlns:viz="http://www.gexf.net/1.2draft/viz" xmlns="http://www.gexf.net/1.2draft" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" '
    'version="1.2">\n'
    "  <meta>\n    <creator>govkg</creator>\n  </meta>\n"
)


def _gexf_value(value: Any) -> str:
    if isinstance(value, str):
        return _attribute(value)
    return str(value).lower() if isinstance(value, bool) else str(value)


def gexf(kg: KnowledgeGraph, subset: Subset, out: IO[bytes]) -> None:
    """GEXF 1.2 as ``networkx.write_gexf`` writes it (attribute classes, ``networkx_key``
    on edges, colours and sizes by kind), streamed element by element."""
    nodes = [_typed(facts, xml_safe) for facts in node_records(kg, subset)]
    edges = [_typed(facts, xml_safe) for facts in edge_records(kg, subset)]
    skip_node, skip_edge = {"id"}, {"id", "source", "target"}
    types: dict[tuple[str, str], str] = {}
    for data in nodes:
        for name, value in data.items():
            if name not in skip_node and ("node", name) not in types:
                types[("node", name)] = _GRAPHML_TYPE.get(type(value), "string")
    for data in edges:
        for name, value in [*data.items(), ("networkx_key", "")]:
            if name not in skip_edge and ("edge", name) not in types:
                types[("edge", name)] = _GRAPHML_TYPE.get(type(value), "string")
    ids = {key: str(number) for number, key in enumerate(types)}
    write = _Buffered(out).write
    write(_GEXF_HEAD)
    name = _attribute(xml_safe(title(kg, subset)))
    write(f'  <graph defaultedgetype="directed" mode="static" name="{name}">\n')
    for domain in ("node", "edge"):
        write(f'    <attributes mode="static" class="{domain}">\n')
        for (kind, title_), type_ in types.items():
            if kind == domain:
                write(
                    f'      <attribute id="{ids[(kind, title_)]}" '
                    f'title="{_attribute(title_)}" type="{type_}" />\n'
                )
        write("    </attributes>\n")
    write("    <nodes>\n")
    for data in nodes:
        parts = [f'      <node id="{_attribute(data["id"])}" label="{_attribute(data["name"])}">\n']
        style = STYLES.get(data["kind"])
        if style is not None:
            r, g, b = (int(style.line[i : i + 2], 16) for i in (1, 3, 5))
            parts.append(
                f'        <viz:color r="{r}" g="{g}" b="{b}" a="1.0" />\n'
                f'        <viz:size value="{style.size}" />\n'
            )
        parts.append("        <attvalues>\n")
        parts += [
            f'          <attvalue for="{ids[("node", key)]}" value="{_gexf_value(value)}" />\n'
            for key, value in data.items()
            if key not in skip_node
        ]
        parts.append("        </attvalues>\n      </node>\n")
        write("".join(parts))
    write("    </nodes>\n    <edges>\n")
    key_id = ids[("edge", "networkx_key")]
    for data in edges:
        edge_id = _attribute(data["id"])
        parts = [
            f'      <edge source="{_attribute(data["source"])}" '
            f'target="{_attribute(data["target"])}" id="{edge_id}" '
            f'label="{_attribute(data["relation"])}">\n        <attvalues>\n'
        ]
        parts += [
            f'          <attvalue for="{ids[("edge", key)]}" value="{_gexf_value(value)}" />\n'
            for key, value in data.items()
            if key not in skip_edge
        ]
        parts.append(f'          <attvalue for="{key_id}" value="{edge_id}" />\n')
        parts.append("        </attvalues>\n      </edge>\n")
        write("".join(parts))
    write("    </edges>\n  </graph>\n</gexf>\n")
    write(None)


def elements(kg: KnowledgeGraph, subset: Subset) -> dict[str, Any]:
    """Cytoscape.js ``elements``: ``{"nodes": [{"data": …}], "edges": [{"data": …}]}``."""
    graph = export_graph(kg, subset, text=str)
    nodes = [{"data": {"id": node, **data}} for node, data in graph.nodes(data=True)]
    edges = [
        {"data": {**data, "source": source, "target": target}}
        for source, target, data in graph.edges(data=True)
    ]
    return {"nodes": nodes, "edges": edges}


_CY_FONT = f'"{FONT}", "PingFang SC", "Microsoft YaHei", sans-serif'


def cytoscape_style(focus: str | None = None) -> list[dict[str, Any]]:
    """A Cytoscape.js stylesheet: colour and shape by kind as the other exports draw them
    (``exports/style.py``), names on nodes, relations on edges, costly edges in gold."""
    rules: list[dict[str, Any]] = [
        {
            "selector": "node",
            "style": {
                "label": "data(label)",
                "font-family": _CY_FONT,
                "font-size": 12,
                "color": "#111827",
                "text-valign": "bottom",
                "text-halign": "center",
                "text-margin-y": 3,
                "text-wrap": "wrap",
                "text-max-width": "160px",
                "text-overflow-wrap": "anywhere",  # Chinese has no spaces to wrap at
                "width": 28,
                "height": 28,
                "border-width": 1.5,
            },
        },
        *(
            {
                "selector": f'node[kind = "{kind}"]',
                "style": {
                    "background-color": style.fill,
                    "border-color": style.line,
                    "shape": style.cy_shape,
                },
            }
            for kind, style in STYLES.items()
        ),
        {
            "selector": "edge",
            "style": {
                "label": "data(label)",
                "font-family": _CY_FONT,
                "font-size": 9,
                "color": "#334155",
                "curve-style": "bezier",
                "target-arrow-shape": "triangle",
                "line-color": "#64748b",
                "target-arrow-color": "#64748b",
                "width": 1,
            },
        },
        {
            "selector": "edge[cost_exact]",
            "style": {"line-color": "#a16207", "target-arrow-color": "#a16207", "width": 1.6},
        },
    ]
    if focus is not None:
        rules.append({"selector": f"node[id = {orjson.dumps(focus).decode()}]",
                      "style": {"width": 44, "height": 44, "border-width": 3,
                                "font-size": 13, "font-weight": "bold"}})  # fmt: skip
    return rules


def _look(kind: str) -> dict[str, str]:
    """A node's colours and shape as data, for Cytoscape desktop's passthrough mappings."""
    style = STYLES.get(kind)
    if style is None:
        return {}
    return {"fill_color": style.fill, "line_color": style.line, "shape": style.cy_shape}


def cytoscape(kg: KnowledgeGraph, subset: Subset, out: IO[bytes]) -> None:
    """The Cytoscape.js document, streamed: an element a line inside ``elements``, then the
    ``style`` (``cytoscape_style``)."""
    head = {
        "format_version": "1.0",
        "generated_by": "govkg",
        "target_cytoscapejs_version": "~3.34",
        "data": {"name": title(kg, subset), "govkg_version": kg.version, "focus": subset.focus},
    }
    out.write(orjson.dumps(head)[:-1] + b',\n"elements": {\n"nodes": [')
    for number, facts in enumerate(node_records(kg, subset)):
        data = {"id": facts["id"], "label": facts["name"], **_typed(facts, str)}
        data |= _look(facts["kind"])
        out.write((b",\n" if number else b"\n") + orjson.dumps({"data": data}))
    out.write(b'\n],\n"edges": [')
    for number, facts in enumerate(edge_records(kg, subset)):
        data = _typed(facts, str)
        data = {"label": data["relation"], **data}
        out.write((b",\n" if number else b"\n") + orjson.dumps({"data": data}))
    out.write(b'\n]\n},\n"style": ' + orjson.dumps(cytoscape_style(subset.focus)) + b"\n}\n")
