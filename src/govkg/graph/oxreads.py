"""Reading the catalog's patterns straight from Oxigraph, not through rdflib's store API.

rdflib over oxrdflib turns every quad into three rdflib terms and a ``Graph`` for its
context (about 25 µs a triple): reading every funding line at 10^6 triples took seconds
there. Here a pattern is one ``quads_for_pattern`` call on the default graph; predicates and
IRIs come from a bounded cache, and only what a record keeps is converted, to exactly the
terms rdflib would give (plain strings as ``_PlainStrings`` gives them).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import pyoxigraph as ox
from oxrdflib._converter import from_ox
from rdflib import XSD, BNode, Graph, Literal, URIRef

from govkg.graph.store import oxigraph_store

__all__ = ["GraphReads", "OxReads", "reads_of"]

_XSD_STRING = str(XSD.string)
_CACHED = 1 << 17  # IRIs kept converted: predicates, classes, documents, units, …
_DEFAULT = ox.DefaultGraph()


def reads_of(graph: Graph) -> GraphReads:
    """Straight from Oxigraph where the graph lives there; through rdflib elsewhere."""
    inner = oxigraph_store(graph)
    return OxReads(inner) if inner is not None else GraphReads(graph)


class GraphReads:
    """The same reads through rdflib's API, for a graph on another store (a remote one)."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph

    def properties(self, subject: URIRef | BNode) -> dict[URIRef, list]:
        found: dict[URIRef, list] = defaultdict(list)
        for predicate, value in self.graph.predicate_objects(subject):
            found[predicate].append(value)
        return found

    def subject_iris(self, predicate: URIRef, value: URIRef) -> Iterator[str]:
        for subject in self.graph.subjects(predicate, value):
            if isinstance(subject, URIRef):
                yield str(subject)

    def texts(self, predicate: URIRef) -> Iterator[tuple[str, str, str | None]]:
        for subject, value in self.graph.subject_objects(predicate):
            yield str(subject), str(value), getattr(value, "language", None)


class OxReads(GraphReads):
    """Bound patterns on one Oxigraph store, answered as the rdflib terms the catalog reads."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self._iris: dict[str, URIRef] = {}

    def iri(self, value: str) -> URIRef:
        found = self._iris.get(value)
        if found is None:
            found = URIRef(value)
            if len(self._iris) < _CACHED:
                self._iris[value] = found
        return found

    def term(self, term: ox.NamedNode | ox.BlankNode | ox.Literal):
        """The rdflib term of an Oxigraph one, as oxrdflib and ``_PlainStrings`` make it."""
        kind = type(term)
        if kind is ox.NamedNode:
            return self.iri(term.value)
        if kind is ox.Literal:
            return self._literal(term)
        if kind is ox.BlankNode:
            return BNode(term.value)
        return from_ox(term)  # a quoted triple (RDF-star), as oxrdflib gives it

    def _literal(self, term: ox.Literal) -> Literal:
        """rdflib's Literal, built as oxrdflib builds it; a plain string as rdflib makes one."""
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=self.iri(datatype))

    def _quads(self, subject, predicate, value) -> Iterator[ox.Quad]:
        """The quads of a pattern of rdflib terms (None: any); none for a term Oxigraph
        refuses (an IRI with a space), as rdflib over oxrdflib answers."""
        try:
            pattern = [None if t is None else _ox_node(t) for t in (subject, predicate, value)]
        except ValueError:
            return iter(())
        return self.store.quads_for_pattern(*pattern, _DEFAULT)

    def properties(self, subject: URIRef | BNode) -> dict[URIRef, list]:
        """Every (predicate -> values) of ``subject``, in the store's order."""
        found: dict[URIRef, list] = defaultdict(list)
        iri, term = self.iri, self.term
        for quad in self._quads(subject, None, None):
            found[iri(quad.predicate.value)].append(term(quad.object))
        return found

    def subject_iris(self, predicate: URIRef, value: URIRef) -> Iterator[str]:
        """The IRIs (as text) of the subjects with ``predicate`` ``value`` (an IRI)."""
        for quad in self._quads(None, predicate, value):
            if type(quad.subject) is ox.NamedNode:
                yield quad.subject.value

    def texts(self, predicate: URIRef) -> Iterator[tuple[str, str, str | None]]:
        """(subject, value, language) of every triple of ``predicate``, as text: the value's
        lexical form or IRI, as ``str`` of the rdflib term gives it."""
        for quad in self._quads(None, predicate, None):
            value = quad.object
            yield (
                quad.subject.value,
                value.value,
                value.language if type(value) is ox.Literal else None,
            )


def _ox_node(term: URIRef | BNode) -> ox.NamedNode | ox.BlankNode:
    return ox.BlankNode(str(term)) if isinstance(term, BNode) else ox.NamedNode(str(term))
