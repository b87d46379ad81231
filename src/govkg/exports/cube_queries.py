"""The SELECTs that read the cube's records from the graph, one per kind of record, and
their rows as Oxigraph terms from the local store or a remote one.

Apart from the writers because the catalog reads a record in half a millisecond, mostly
term conversion (8 s for 14,000 at 10^6 triples): one SELECT per kind is what keeps the
export fast, and it is the one place that knows the graph's shape.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import BNode, URIRef

from govkg.exports.cube_turtle import Term
from govkg.exports.cube_vocabulary import PREFIXES
from govkg.graph.catalog import KIND_OF_CLASS
from govkg.graph.store import oxigraph_store

if TYPE_CHECKING:
    from govkg.answers.kg import KnowledgeGraph

__all__ = ["CITATIONS", "DERIVED", "FIGURES", "INDICATORS", "LINES", "NODES", "select"]

_SPARQL_PREFIXES = "\n".join(f"PREFIX {p}: <{n}>" for p, n in PREFIXES.items())
_ITEMS = "VALUES ?class { govkg:FundingLine govkg:MoneyFigure govkg:Indicator }"
LINES = """SELECT ?line ?document ?year ?unit ?amount ?basis ?method ?written ?budget
  ?budgetWritten ?provenance ?rule ?parent WHERE {
  ?line a govkg:FundingLine .
  OPTIONAL { ?line govkg:reportedIn ?document } OPTIONAL { ?line govkg:fiscalYear ?year }
  OPTIONAL { ?line govkg:spendingUnit ?unit }
  OPTIONAL { ?line schema:amount ?money . ?money schema:value ?amount
             OPTIONAL { ?money govkg:basis ?basis } OPTIONAL { ?money govkg:method ?method } }
  OPTIONAL { ?line govkg:asWritten ?written } OPTIONAL { ?line govkg:budget/schema:value ?budget }
  OPTIONAL { ?line govkg:budgetAsWritten ?budgetWritten }
  OPTIONAL { ?line govkg:provenance ?provenance } OPTIONAL { ?line govkg:extractionRule ?rule }
  OPTIONAL { ?line govkg:parentLine ?parent }
}"""
FIGURES = """SELECT ?figure ?document ?year ?unit ?amount ?basis ?kind ?written ?read ?reason
  ?line ?rate ?provenance ?rule WHERE {
  ?figure a govkg:MoneyFigure ; govkg:reportedIn ?document . ?document a govkg:Document .
  OPTIONAL { ?figure govkg:fiscalYear ?year } OPTIONAL { ?document dcterms:publisher ?unit }
  OPTIONAL { ?figure schema:amount ?money . ?money schema:value ?amount
             OPTIONAL { ?money govkg:basis ?basis } }
  OPTIONAL { ?figure govkg:moneyKind ?kind } OPTIONAL { ?figure govkg:asWritten ?written }
  OPTIONAL { ?figure govkg:read ?read } OPTIONAL { ?figure govkg:unreadReason ?reason }
  OPTIONAL { ?figure govkg:figureOf ?line } OPTIONAL { ?figure govkg:changeRate ?rate }
  OPTIONAL { ?figure govkg:provenance ?provenance }
  OPTIONAL { ?figure govkg:extractionRule ?rule }
}"""
INDICATORS = """SELECT ?indicator ?document ?year ?unit ?value ?subject ?measure ?approximate
  ?written ?provenance ?rule WHERE {
  ?indicator a govkg:Indicator .
  OPTIONAL { ?indicator govkg:reportedIn ?document
             OPTIONAL { ?document dcterms:publisher ?unit } }
  OPTIONAL { ?indicator govkg:fiscalYear ?year } OPTIONAL { ?indicator schema:value ?value }
  OPTIONAL { ?indicator govkg:subject ?subject } OPTIONAL { ?indicator schema:unitText ?measure }
  OPTIONAL { ?indicator govkg:approximate ?approximate }
  OPTIONAL { ?indicator govkg:asWritten ?written }
  OPTIONAL { ?indicator govkg:provenance ?provenance }
  OPTIONAL { ?indicator govkg:extractionRule ?rule }
}"""
DERIVED = """SELECT ?line ?from WHERE {
  ?line a govkg:FundingLine ; schema:amount/prov:wasDerivedFrom ?money .
  ?from schema:amount ?money .
}"""
CITATIONS = f"""SELECT ?item ?citation ?source ?quote ?exact ?position ?start ?end WHERE {{
  {_ITEMS} ?item a ?class ; govkg:citation ?citation .
  ?citation oa:hasSource ?source ; oa:hasSelector ?quote, ?position .
  ?quote oa:exact ?exact . ?position oa:start ?start ; oa:end ?end .
}}"""
NODES = """SELECT ?node ?class ?label WHERE {
  { VALUES ?class { govkg:Unit govkg:Document govkg:FundingLine govkg:Indicator
                    govkg:MoneyFigure } ?node a ?class }
  UNION { ?indicator a govkg:Indicator ; govkg:subject ?node . ?node a ?class .
          FILTER(?class IN (%s)) }
  OPTIONAL { ?node rdfs:label ?label }
}""" % ", ".join(f"<{cls}>" for cls in KIND_OF_CLASS)  # noqa: UP031 (SPARQL's braces)


def select(kg: KnowledgeGraph, query: str) -> Iterator[tuple[Term | None, ...]]:
    """Rows of a SELECT as Oxigraph terms: on the Oxigraph store itself, or through rdflib
    (a remote SPARQL store answers the same text)."""
    text = f"{_SPARQL_PREFIXES}\n{query}"
    store = oxigraph_store(kg.graph)
    if store is not None:
        yield from (tuple(solution) for solution in store.query(text))
        return
    for row in kg.graph.query(text):
        yield tuple(_ox(term) for term in row)


def _ox(term: object) -> Term | None:
    if term is None:
        return None
    if isinstance(term, URIRef):
        return ox.NamedNode(term)
    if isinstance(term, BNode):
        return ox.BlankNode(term)
    datatype = ox.NamedNode(term.datatype) if term.datatype else None
    return ox.Literal(str(term), language=term.language, datatype=datatype)
