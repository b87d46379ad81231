"""Where the triples live: an Oxigraph store behind rdflib's Graph API.

Measured here (benchmarks/): rdflib's in-memory store takes ~37 s and 1.26 GB for 10^6
triples; Oxigraph loads them in ~2-3 s and ~400 MB and answers bound patterns from its
indexes in microseconds. rdflib stays the API; Oxigraph is the store.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import RDF, RDFS, XSD, Graph, Literal
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from govkg.core.errors import DataError
from govkg.graph.rdf import PREFIXES

__all__ = [
    "FILE_FORMATS",
    "load_rdf_file",
    "new_graph",
    "oxigraph_store",
    "serialize",
    "triple_count",
]

# file suffix -> (rdflib format name, Oxigraph bulk-loading parser registered by oxrdflib)
FILE_FORMATS = {
    ".ttl": ("turtle", "ox-turtle"),
    ".nt": ("nt", "ox-nt"),
    ".nq": ("nquads", "ox-nquads"),
    ".jsonld": ("json-ld", "ox-json-ld"),
    ".json": ("json-ld", "ox-json-ld"),
    ".rdf": ("xml", "ox-xml"),
    ".xml": ("xml", "ox-xml"),
    ".trig": ("trig", "ox-trig"),
}


class _PlainStrings(OxigraphStore):
    """Oxigraph under rdflib, giving back plain strings as rdflib makes them.

    Oxigraph (RDF 1.1) returns ``"x"`` as ``"x"^^xsd:string``; rdflib compares those as
    different literals, so SHACL ``sh:in`` lists and round trips would not match.
    """

    @property
    def oxigraph(self) -> ox.Store:
        """The pyoxigraph store itself, for what it does best (counting, bulk I/O)."""
        return self._inner

    def triples(self, triple_pattern, context=None):
        for (s, p, o), contexts in super().triples(triple_pattern, context):
            if type(o) is Literal and o.datatype == XSD.string:
                o = Literal(str(o))
            yield (s, p, o), contexts


def new_graph() -> Graph:
    """An empty graph on a fresh in-memory Oxigraph store, govkg's prefixes bound."""
    inner = ox.Store()
    graph = Graph(
        store=_PlainStrings(store=inner),
        identifier=DATASET_DEFAULT_GRAPH_ID,
        bind_namespaces="none",
    )
    for prefix, namespace in (*PREFIXES, ("rdf", RDF), ("rdfs", RDFS), ("xsd", XSD)):
        graph.bind(prefix, namespace)
    return graph


def oxigraph_store(graph: Graph) -> ox.Store | None:
    """The Oxigraph store under ``graph`` (for bulk reads and dumps), or None on another."""
    return graph.store.oxigraph if isinstance(graph.store, _PlainStrings) else None


def triple_count(graph: Graph) -> int:
    """The number of triples, counted by the store itself where it can (O(1) on Oxigraph)."""
    inner = oxigraph_store(graph)
    return len(inner) if inner is not None else len(graph)


def load_rdf_file(path: Path, data: bytes | None = None) -> Graph:
    """Bulk-load an RDF file into a new graph; a file that does not parse is a DataError.
    ``data``, the file's bytes already read, is loaded instead of reading it again (with the
    file's IRI as base, as a parse of the path has), so a digest of them names what was
    loaded."""
    formats = FILE_FORMATS.get(path.suffix.lower())
    if formats is None:
        known = ", ".join(sorted(FILE_FORMATS))
        raise DataError(f"{path}: unknown RDF format (use a file ending in one of {known})")
    graph = new_graph()
    try:
        if data is None:
            graph.parse(str(path), format=formats[1], transactional=False)
        else:
            oxigraph_store(graph).bulk_load(
                data,
                format=ox.RdfFormat.from_extension(path.suffix.lstrip(".").lower()),
                base_iri=path.resolve().as_uri(),
                to_graph=ox.DefaultGraph(),
            )
    except (SyntaxError, ValueError, OSError) as error:
        raise DataError(f"{path}: cannot parse as {formats[0]}: {error}") from error
    return graph


SERIALIZERS = {"turtle": "ox-turtle", "nt": "ox-nt", "json-ld": "ox-json-ld", "xml": "ox-xml"}


def serialize(graph: Graph, fmt: str) -> bytes:
    """UTF-8 bytes of ``graph`` as turtle, nt, json-ld or xml (RDF 1.1: plain strings stay
    plain). Oxigraph's own serializers stream; rdflib's would write ``^^xsd:string``."""
    name = SERIALIZERS[fmt] if oxigraph_store(graph) is not None else fmt
    return graph.serialize(format=name, encoding="utf-8")
