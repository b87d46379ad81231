"""Exports: every format an analyst's tool opens, from one selection, as bytes or a stream.

Each format writes to a binary file as it goes (``write_export``); ``export`` gathers
those bytes and ``stream`` hands them over in chunks, for an HTTP response.

>>> import govkg
>>> from govkg.exports import Selection, export
>>> kg = govkg.open()
>>> data = export(kg, "turtle", Selection(focus="platform/yiwangtongguan", depth=1))
>>> "一网统管" in data.decode()
True
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING

from govkg.core.errors import QueryError
from govkg.exports import datacube, draw, fiscal, network, rdf, sankey, tables, treemap
from govkg.exports.selection import KINDS, Selection, Subset, select
from govkg.exports.streaming import chunks

if TYPE_CHECKING:
    from govkg.answers.kg import KnowledgeGraph

__all__ = [
    "FORMATS",
    "KINDS",
    "Format",
    "Selection",
    "Subset",
    "export",
    "select",
    "stream",
    "write_export",
]

Writer = Callable[["KnowledgeGraph", Subset, IO[bytes]], None]


def _whole(make: Callable[[KnowledgeGraph, Subset], bytes]) -> Writer:
    """A writer for a format made in one piece (pictures: Graphviz answers all at once)."""

    def write(kg: KnowledgeGraph, subset: Subset, out: IO[bytes]) -> None:
        out.write(make(kg, subset))

    return write


@dataclass(frozen=True, kw_only=True)
class Format:
    """One export format: what HTTP calls it, what a file of it is named, how it is made."""

    name: str
    media_type: str
    extension: str
    description: str
    write: Writer

    def filename(self, selection: Selection) -> str:
        return f"{selection.slug}.{self.extension}"

    @property
    def binary(self) -> bool:
        """Not text a terminal can show: text formats name their charset; SVG is XML."""
        return "charset=" not in self.media_type and not self.media_type.endswith("+xml")

    def make(self, kg: KnowledgeGraph, subset: Subset) -> bytes:
        """The whole export in memory (small selections, pictures, tests)."""
        out = io.BytesIO()
        self.write(kg, subset, out)
        return out.getvalue()


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format(
            name="turtle",
            media_type="text/turtle; charset=utf-8",
            extension="ttl",
            description="RDF Turtle (Protégé, any triple store)",
            write=rdf.turtle,
        ),
        Format(
            name="nt",
            media_type="application/n-triples; charset=utf-8",
            extension="nt",
            description="RDF N-Triples, one triple a line",
            write=rdf.nt,
        ),
        Format(
            name="nquads",
            media_type="application/n-quads; charset=utf-8",
            extension="nq",
            description="RDF N-Quads (the default graph), for stores that load quads",
            write=rdf.nquads,
        ),
        Format(
            name="rdfxml",
            media_type="application/rdf+xml; charset=utf-8",
            extension="rdf",
            description="RDF/XML (older RDF tools; control characters shown as pictures)",
            write=rdf.rdfxml,
        ),
        Format(
            name="jsonld",
            media_type="application/ld+json; charset=utf-8",
            extension="jsonld",
            description="RDF JSON-LD (expanded, as Oxigraph streams it)",
            write=rdf.jsonld,
        ),
        Format(
            name="qb",
            media_type="text/turtle; charset=utf-8",
            extension="qb.ttl",
            description="W3C RDF Data Cube: funding lines, money figures, indicators, cited",
            write=datacube.write,
        ),
        Format(
            name="graphml",
            media_type="application/graphml+xml; charset=utf-8",
            extension="graphml",
            description="GraphML with typed attributes (yEd, Gephi, networkx)",
            write=network.graphml,
        ),
        Format(
            name="gexf",
            media_type="application/gexf+xml; charset=utf-8",
            extension="gexf",
            description="GEXF 1.2 with typed attributes and colours by kind (Gephi)",
            write=network.gexf,
        ),
        Format(
            name="cytoscape",
            media_type="application/json; charset=utf-8",
            extension="cyjs",
            description="Cytoscape.js elements JSON (Cytoscape desktop, Cytoscape.js)",
            write=network.cytoscape,
        ),
        Format(
            name="dot",
            media_type="text/vnd.graphviz; charset=utf-8",
            extension="gv",
            description="Graphviz DOT source, styled as the pictures",
            write=_whole(lambda kg, subset: draw.dot_source(kg, subset).encode("utf-8")),
        ),
        Format(
            name="svg",
            media_type="image/svg+xml",
            extension="svg",
            description="picture drawn by Graphviz: colour and shape by kind, legend, costs",
            write=_whole(draw.svg),
        ),
        Format(
            name="png",
            media_type="image/png",
            extension="png",
            description="the same picture as PNG",
            write=_whole(draw.png),
        ),
        Format(
            name="sankey",
            media_type="image/svg+xml",
            extension="sankey.svg",
            description="a unit's year as money flows: lines → projects → systems → feeds",
            write=sankey.write,
        ),
        Format(
            name="treemap",
            media_type="image/svg+xml",
            extension="treemap.svg",
            description="a unit's funding lines of a year, nested, areas in yuan, by category",
            write=treemap.write,
        ),
        Format(
            name="csv",
            media_type="application/zip",
            extension="csv.zip",
            description="nodes.csv and edges.csv (UTF-8 with BOM) in one zip, for spreadsheets",
            write=tables.csv_zip,
        ),
        Format(
            name="fdp",
            media_type="application/zip",
            extension="fdp.zip",
            description="Fiscal Data Package (OpenSpending): datapackage.json + funding-line CSVs",
            write=fiscal.fdp_zip,
        ),
    )
}


def _format(fmt: str) -> Format:
    if fmt not in FORMATS:
        raise QueryError(f"unknown export format {fmt!r} (use one of {', '.join(FORMATS)})")
    return FORMATS[fmt]


def export(kg: KnowledgeGraph, fmt: str, selection: Selection | None = None) -> bytes:
    """The selection of ``kg`` (the whole graph by default) in format ``fmt``."""
    return _format(fmt).make(kg, select(kg, selection))


def write_export(
    kg: KnowledgeGraph, fmt: str, out: IO[bytes], selection: Selection | None = None
) -> None:
    """Write the selection in format ``fmt`` to the binary file ``out`` as it is made."""
    _format(fmt).write(kg, select(kg, selection), out)


def stream(kg: KnowledgeGraph, fmt: str, subset: Subset) -> Iterator[bytes]:
    """The export of a resolved selection in chunks, made in a thread as they are taken."""
    write = _format(fmt).write
    return chunks(lambda out: write(kg, subset, out))
