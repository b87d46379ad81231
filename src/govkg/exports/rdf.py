"""RDF exports: the graph as stored, or the part that describes a selection's nodes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rdflib import RDF, BNode, Graph, URIRef

from govkg.ontology import GOVKG, OA, SCHEMA

if TYPE_CHECKING:
    from govkg.exports.selection import Subset
    from govkg.kg import KnowledgeGraph

__all__ = ["jsonld", "nt", "subgraph", "turtle"]

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


def _context(graph: Graph) -> dict[str, str]:
    wanted = {"govkg", "org", "dcat", "prov", "schema", "oa", "dcterms", "skos", "rdfs", "xsd"}
    return {prefix: str(ns) for prefix, ns in graph.namespaces() if prefix in wanted}


def turtle(kg: KnowledgeGraph, subset: Subset) -> bytes:
    return subgraph(kg, subset).serialize(format="turtle", encoding="utf-8")


def nt(kg: KnowledgeGraph, subset: Subset) -> bytes:
    return subgraph(kg, subset).serialize(format="nt", encoding="utf-8")


def jsonld(kg: KnowledgeGraph, subset: Subset) -> bytes:
    graph = subgraph(kg, subset)
    return graph.serialize(
        format="json-ld", context=_context(graph), auto_compact=True, indent=1, encoding="utf-8"
    )
