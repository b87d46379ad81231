"""RDF exports written by Oxigraph's serializers: the store dumped as it is, or the triples
that describe a selection's nodes, streamed to a binary file.

rdflib's Python serializers took 398 s of CPU for 10^6 triples in Turtle; Oxigraph's
``Store.dump`` takes about one (benchmarks/export_speed.py measures both side by side).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import IO, TYPE_CHECKING

import pyoxigraph as ox
from rdflib import RDF, BNode, Graph, Literal, URIRef

from govkg.exports.xmlsafe import XmlSafeWriter
from govkg.graph.ontology import GOVKG, OA, SCHEMA
from govkg.graph.store import oxigraph_store

if TYPE_CHECKING:
    from govkg.answers.kg import KnowledgeGraph
    from govkg.exports.selection import Subset

__all__ = ["RDF_FORMATS", "jsonld", "nquads", "nt", "rdfxml", "subgraph", "turtle", "write"]

RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
}

# resources that belong to the node pointing at them: citations and their selectors,
# attribute holders, monetary amounts (executed and budget)
_OWNED = frozenset({GOVKG.citation, OA.hasSelector, GOVKG.attribute, SCHEMA.amount, GOVKG.budget})


def subgraph(kg: KnowledgeGraph, subset: Subset) -> Graph:
    """The triples about the chosen nodes, the relations among them, the mentions naming
    them (with their provenance), and their citations.

    A triple pointing at an entity outside the selection is left out (documents excepted:
    every citation names its document), so the result describes a closed piece of graph.
    """
    if subset.whole:
        return kg.graph
    source = kg.graph
    chosen = {URIRef(kg.catalog.nodes[i].iri) for i in subset.nodes}
    documents = {URIRef(kg.catalog.nodes[i].iri) for i in kg.catalog.documents}
    entities = {URIRef(iri) for iri in kg.catalog.by_iri}

    def outside(term: object) -> bool:
        if not isinstance(term, URIRef):
            return False
        whole = URIRef(str(term).partition("#")[0])
        return whole in entities and whole not in chosen and whole not in documents

    todo: list[object] = list(chosen)
    for node in chosen:
        todo.extend(source.subjects(GOVKG.mentionOf, node))
    for relation in source.subjects(RDF.type, GOVKG.Relation):
        ends = (source.value(relation, GOVKG.source), source.value(relation, GOVKG.target))
        if all(end in chosen for end in ends):
            todo.append(relation)
    out = Graph()
    for prefix, namespace in source.namespaces():
        out.bind(prefix, namespace, override=True)
    seen: set[object] = set()
    while todo:
        subject = todo.pop()
        if subject in seen:
            continue
        seen.add(subject)
        for predicate, obj in source.predicate_objects(subject):
            if outside(obj):
                continue
            out.add((subject, predicate, obj))
            if predicate in _OWNED or isinstance(obj, BNode):
                todo.append(obj)
    return out


def _prefixes(graph: Graph) -> dict[str, str]:
    """The graph's bound prefixes, sorted by name so the same graph gives the same bytes."""
    return {prefix: str(namespace) for prefix, namespace in sorted(graph.namespaces()) if prefix}


def _term(term: object) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(term, URIRef):
        return ox.NamedNode(term)
    if isinstance(term, BNode):
        return ox.BlankNode(term)
    if isinstance(term, Literal):
        datatype = ox.NamedNode(term.datatype) if term.datatype is not None else None
        return ox.Literal(str(term), language=term.language, datatype=datatype)
    raise TypeError(f"not an RDF term: {term!r}")


def _oxigraph_triples(triples: Iterable[tuple], quads: bool) -> Iterator[ox.Triple | ox.Quad]:
    """rdflib triples as Oxigraph's, lazily; quads in the default graph for N-Quads."""
    default = ox.DefaultGraph()
    for s, p, o in triples:
        if quads:
            yield ox.Quad(_term(s), _term(p), _term(o), default)
        else:
            yield ox.Triple(_term(s), _term(p), _term(o))


def write(kg: KnowledgeGraph, subset: Subset, out: IO[bytes], fmt: str) -> None:
    """Write the selection as RDF in ``fmt`` (a key of ``RDF_FORMATS``) to ``out``.

    The whole graph on an Oxigraph store is ``Store.dump`` of its default graph, so no
    triple passes through Python; a selection (or a graph on another store) goes through
    ``pyoxigraph.serialize``. A dump follows the store's order (the same store, the same
    bytes); a selection's triples are sorted first, the same bytes in any process.
    """
    rdf_format, graph = RDF_FORMATS[fmt], kg.graph
    prefixes = _prefixes(graph)
    store = oxigraph_store(graph)
    if subset.whole and store is not None:
        store.dump(out, rdf_format, from_graph=ox.DefaultGraph(), prefixes=prefixes)
        return
    chosen = graph if subset.whole else subgraph(kg, subset)
    triples = sorted(chosen, key=lambda triple: tuple(term.n3() for term in triple))
    quads = rdf_format == ox.RdfFormat.N_QUADS
    ox.serialize(_oxigraph_triples(triples, quads), out, rdf_format, prefixes=prefixes)


def turtle(kg: KnowledgeGraph, subset: Subset, out: IO[bytes]) -> None:
    write(kg, subset, out, "turtle")


def nt(kg: KnowledgeGraph, subset: Subset, out: IO[bytes]) -> None:
    write(kg, subset, out, "nt")


def nquads(kg: KnowledgeGraph, subset: Subset, out: IO[bytes]) -> None:
    write(kg, subset, out, "nquads")


def rdfxml(kg: KnowledgeGraph, subset: Subset, out: IO[bytes]) -> None:
    safe = XmlSafeWriter(out)  # Oxigraph writes a literal's control characters raw
    write(kg, subset, safe, "rdfxml")  # type: ignore[arg-type]
    safe.flush()


def jsonld(kg: KnowledgeGraph, subset: Subset, out: IO[bytes]) -> None:
    write(kg, subset, out, "jsonld")
