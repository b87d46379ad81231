"""What the export tests share: the focus they look at, and a graph with a hostile label."""

from __future__ import annotations

from rdflib import RDFS, Graph, Literal, URIRef

import govkg
from govkg.answers.kg import KnowledgeGraph

FOCUS = "platform/yiwangtongguan"
NASTY = '一网统管<script>alert("x")</script> & &amp; \x07bell\x1b \\N "q"\nline2'
NASTY_QUOTE = "<b>引文</b>\x0bend"


def nasty_graph(kg: govkg.KnowledgeGraph) -> KnowledgeGraph:
    """The seed graph with 一网统管's Chinese name and one of its quotes made hostile."""
    graph = Graph()
    for prefix, namespace in kg.graph.namespaces():
        graph.bind(prefix, namespace, override=True)
    for triple in kg.graph:
        graph.add(triple)
    node = kg.catalog.nodes[FOCUS]
    subject = URIRef(node.iri)
    graph.remove((subject, RDFS.label, Literal(node.name, lang="zh")))
    graph.add((subject, RDFS.label, Literal(NASTY, lang="zh")))
    quote = node.sources[0].quote
    for selector in list(graph.subjects(None, Literal(quote))):
        graph.remove((selector, None, Literal(quote)))
        graph.add((selector, URIRef("http://www.w3.org/ns/oa#exact"), Literal(NASTY_QUOTE)))
    return KnowledgeGraph.from_graph(graph, "nasty", "test")
