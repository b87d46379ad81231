"""A graph loaded with --data may point outside itself: answers skip what is missing."""

from __future__ import annotations

from rdflib import Graph, URIRef

import govkg
from govkg.answers.kg import KnowledgeGraph


def test_dangling_references_give_nulls_not_errors():
    kg = govkg.open()
    partial = Graph()
    dropped = {URIRef(kg.catalog.nodes[i].iri) for i in ("unit/shiwei-zuzhibu", "unit/yiyang-bdc")}
    for triple in kg.graph:
        if triple[0] not in dropped:
            partial.add(triple)
    broken = KnowledgeGraph.from_graph(partial, "partial", "test")
    answer = broken.query(
        "{ feeds(first: 100) { totalCount nodes { unit { name } platform { name } } } "
        "fundingLines(first: 100) { nodes { name unit { name } document { id } } } "
        "events(first: 100) { nodes { name participants { name } organizer { name } } } "
        "documents { issuer { name } } }"
    )
    assert "errors" not in answer, answer["errors"]
    units = {f["unit"]["name"] for f in answer["data"]["feeds"]["nodes"]}
    assert "市委组织部" not in units
    # the count is of feed records in the graph; the page leaves out the one it cannot show
    assert answer["data"]["feeds"]["totalCount"] == 9
    assert len(answer["data"]["feeds"]["nodes"]) == 8
    assert {line["unit"] for line in answer["data"]["fundingLines"]["nodes"]} == {None}
    assert answer["data"]["documents"] == [{"issuer": None}]
