"""Exports: every format an analyst's tool opens, from one selection, as bytes.

>>> import govkg
>>> from govkg.exports import Selection, export
>>> kg = govkg.open()
>>> data = export(kg, "turtle", Selection(focus="platform/yiwangtongguan", depth=1))
>>> "一网统管" in data.decode()
True
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from govkg.errors import QueryError
from govkg.exports import draw, network, rdf, tables
from govkg.exports.selection import KINDS, Selection, Subset, select

if TYPE_CHECKING:
    from govkg.kg import KnowledgeGraph

__all__ = ["FORMATS", "KINDS", "Format", "Selection", "Subset", "export", "select"]


@dataclass(frozen=True, kw_only=True)
class Format:
    """One export format: what HTTP calls it, what a file of it is named, how it is made."""

    name: str
    media_type: str
    extension: str
    description: str
    make: Callable[[KnowledgeGraph, Subset], bytes]

    def filename(self, selection: Selection) -> str:
        return f"{selection.slug}.{self.extension}"


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format(
            name="turtle",
            media_type="text/turtle; charset=utf-8",
            extension="ttl",
            description="RDF Turtle (Protégé, any triple store)",
            make=rdf.turtle,
        ),
        Format(
            name="nt",
            media_type="application/n-triples; charset=utf-8",
            extension="nt",
            description="RDF N-Triples, one triple a line",
            make=rdf.nt,
        ),
        Format(
            name="jsonld",
            media_type="application/ld+json; charset=utf-8",
            extension="jsonld",
            description="RDF JSON-LD, compacted with govkg's prefixes",
            make=rdf.jsonld,
        ),
        Format(
            name="graphml",
            media_type="application/graphml+xml; charset=utf-8",
            extension="graphml",
            description="GraphML with typed attributes (yEd, Gephi, networkx)",
            make=network.graphml,
        ),
        Format(
            name="gexf",
            media_type="application/gexf+xml; charset=utf-8",
            extension="gexf",
            description="GEXF 1.2 with typed attributes and colours by kind (Gephi)",
            make=network.gexf,
        ),
        Format(
            name="cytoscape",
            media_type="application/json; charset=utf-8",
            extension="cyjs",
            description="Cytoscape.js elements JSON (Cytoscape desktop, Cytoscape.js)",
            make=network.cytoscape,
        ),
        Format(
            name="dot",
            media_type="text/vnd.graphviz; charset=utf-8",
            extension="gv",
            description="Graphviz DOT source, styled as the pictures",
            make=lambda kg, subset: draw.dot_source(kg, subset).encode("utf-8"),
        ),
        Format(
            name="svg",
            media_type="image/svg+xml",
            extension="svg",
            description="picture drawn by Graphviz: colour and shape by kind, legend, costs",
            make=draw.svg,
        ),
        Format(
            name="png",
            media_type="image/png",
            extension="png",
            description="the same picture as PNG",
            make=draw.png,
        ),
        Format(
            name="csv",
            media_type="application/zip",
            extension="csv.zip",
            description="nodes.csv and edges.csv (UTF-8 with BOM) in one zip, for spreadsheets",
            make=tables.csv_zip,
        ),
    )
}


def export(kg: KnowledgeGraph, fmt: str, selection: Selection | None = None) -> bytes:
    """The selection of ``kg`` (the whole graph by default) in format ``fmt``."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown export format {fmt!r} (use one of {', '.join(FORMATS)})")
    return FORMATS[fmt].make(kg, select(kg, selection))
