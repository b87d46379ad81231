"""Every entity IRI dereferences: HTML for people, Turtle, N-Triples, JSON-LD for machines."""

from __future__ import annotations

import html
import re
import shutil

import pytest
from rdflib import RDFS, Graph, Literal, URIRef
from starlette.testclient import TestClient

from govkg.answers.kg import KnowledgeGraph
from govkg.app import create_app
from govkg.graph.ontology import GOVKG, OA

PLATFORM = "platform/yiwangtongguan"
RDF_TYPES = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/ld+json": "json-ld",
}


@pytest.fixture(scope="module")
def client(kg):
    with TestClient(create_app(kg)) as client:
        yield client


def iri(kg, path: str) -> URIRef:
    return URIRef(f"{kg.catalog.base}/id/{path}")


@pytest.mark.parametrize(
    ("query", "unit"), [("", "单位"), ("?lang=en", "Unit")], ids=["zh-default", "en"]
)
def test_landing_page_counts_kinds_and_lists_the_source_report(client, kg, query, unit):
    page = client.get(f"/{query}")
    assert page.status_code == 200
    units = len(kg.catalog.ids_of_kind("unit"))
    assert f"<th data-kind=\"unit\">{unit}</th><td class='num'>{units}</td>" in page.text
    document = kg.catalog.documents[kg.catalog.ids_of_kind("document")[0]]
    assert document.title in page.text
    for link in ('href="/graphql"', 'href="/sparql"', 'href="/health"'):
        assert link in page.text


def test_entity_page_shows_names_neighbours_and_quoted_citations(client, kg):
    page = client.get(f"/id/{PLATFORM}", headers={"accept": "text/html"})
    assert page.status_code == 200
    node = kg.catalog.nodes[PLATFORM]
    assert node.name in page.text
    assert node.name_en.replace('"', "&quot;") in page.text
    for feed in kg.service.feeds(platform="一网统管"):
        assert f'href="/id/{feed.source}"' in page.text
    for citation in node.sources:
        assert citation.quote in page.text
    assert 'href="/id/document/' in page.text


def test_every_link_on_an_entity_page_resolves(client):
    page = client.get(f"/id/{PLATFORM}").text
    for path in set(re.findall(r'href="(/id/[^"?]+)"', page)):
        assert client.get(path).status_code == 200, path


@pytest.mark.parametrize("media", list(RDF_TYPES), ids=list(RDF_TYPES.values()))
def test_machines_get_the_nodes_triples_and_its_citations(client, kg, media):
    response = client.get(f"/id/{PLATFORM}", headers={"accept": media})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media
    graph = Graph().parse(data=response.content, format=RDF_TYPES[media])
    subject = iri(kg, PLATFORM)
    assert (subject, RDFS.label, Literal("一网统管", lang="zh")) in graph
    citations = set(graph.objects(subject, GOVKG.citation))
    assert citations
    quotes = {str(q) for q in graph.objects(None, OA.exact)}
    assert {c.quote for c in kg.catalog.nodes[PLATFORM].sources} <= quotes
    assert set(graph.triples((subject, None, None))) == set(kg.graph.triples((subject, None, None)))


@pytest.mark.parametrize(
    ("fmt", "media"),
    [("ttl", "text/turtle"), ("nt", "application/n-triples"), ("jsonld", "application/ld+json")],
)
def test_format_parameter_picks_the_representation(client, fmt, media):
    response = client.get(f"/id/{PLATFORM}", params={"format": fmt})
    assert response.headers["content-type"].split(";")[0] == media


def test_a_funding_line_page_shows_its_amount_and_basis(client, kg):
    line_id = next(i for i in kg.catalog.ids_of_kind("funding-line"))
    page = client.get(f"/id/{line_id}").text
    line = kg.catalog.lines[line_id]
    assert f"{line.amount:,.2f}" in page
    assert line.basis in page


def test_relations_and_citations_resolve_too(client, kg):
    link = kg.service.feeds(platform="一网统管")[0]
    page = client.get(f"/id/{link.id}")
    assert page.status_code == 200
    assert "<strong>供数给</strong>" in page.text
    assert "<strong>feeds</strong>" in client.get(f"/id/{link.id}?lang=en").text
    citation = next(iter(kg.graph.objects(iri(kg, PLATFORM), GOVKG.citation)))
    path = str(citation).split("/id/", 1)[1]
    turtle = client.get(f"/id/{path}", headers={"accept": "text/turtle"})
    assert turtle.status_code == 200
    assert (citation, OA.hasSource, None) in Graph().parse(data=turtle.content, format="turtle")


@pytest.mark.parametrize(
    "path",
    ["platform/no-such-thing", "nothing", "platform/yiwangtongguan/", "a%20b", "%3Cscript%3E",
     "a%22b", "%00", "a%7Bb%7D", "platform/yiwangtongguan%23amount"],
)  # fmt: skip
def test_unknown_and_malformed_ids_are_404(client, path):
    page = client.get(f"/id/{path}", headers={"accept": "text/html"})
    assert page.status_code == 404
    assert "<script>" not in page.text
    assert client.get(f"/id/{path}", headers={"accept": "text/turtle"}).status_code == 404


def test_an_unacceptable_type_is_406(client):
    refused = client.get(f"/id/{PLATFORM}", headers={"accept": "image/png"})
    assert refused.status_code == 406
    assert "Accept" in refused.headers["vary"]  # negotiated: a cache keys it by Accept


def test_labels_with_markup_and_control_characters_are_escaped(kg):
    hostile = '<script>alert("x")</script> & \x01\x07 一网统管'
    graph = Graph()
    graph.parse(data=kg.graph.serialize(format="nt"), format="nt")
    subject = iri(kg, PLATFORM)
    graph.remove((subject, RDFS.label, None))
    graph.add((subject, RDFS.label, Literal(hostile, lang="zh")))
    graph.add((subject, RDFS.label, Literal("<b>English</b>", lang="en")))
    hostile_kg = KnowledgeGraph.from_graph(graph, "hostile", "test")
    with TestClient(create_app(hostile_kg)) as client:
        for path in (f"/id/{PLATFORM}", "/id/" + kg.service.feeds(platform="一网统管")[0].source):
            page = client.get(path).text
            assert "<script>" not in page
            assert "<b>English" not in page
            assert "\x01" not in page
            assert "\x07" not in page
        page = client.get(f"/id/{PLATFORM}").text
        assert (
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; \ufffd\ufffd 一网统管" in page
        )
        turtle = client.get(f"/id/{PLATFORM}", headers={"accept": "text/turtle"}).content
        assert (subject, RDFS.label, Literal(hostile, lang="zh")) in Graph().parse(
            data=turtle, format="turtle"
        )


def test_landing_page_links_every_export_format(client):
    from govkg.exports import FORMATS

    page = client.get("/").text
    for name in FORMATS:  # a picture's link names the page's language, Chinese by default
        assert re.search(f'href="/export/{name}(\\?lang=zh)?"', page), name


@pytest.mark.skipif(
    shutil.which("dot") is None, reason="Graphviz is not installed (apt-get install -y graphviz)"
)
def test_entity_page_shows_a_picture_of_its_neighbourhood(client):
    page = client.get(f"/id/{PLATFORM}").text
    source = re.search(r'<img class="picture"[^>]* src="([^"]+)"', page).group(1)
    picture = client.get(html.unescape(source))
    assert picture.status_code == 200
    assert picture.headers["content-type"].startswith("image/svg+xml")
    assert "一网统管" in picture.text
