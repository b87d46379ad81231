"""/sparql for people: a query's answer as a table whose IRIs link to /id/ pages, the same
answer to download, and a service description for machines that ask /sparql for RDF."""

from __future__ import annotations

import csv
import html
import io

import pytest
from rdflib import Graph, Namespace, URIRef
from starlette.testclient import TestClient

from govkg.app import create_app
from govkg.http.sparql import EXAMPLE_QUERIES

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
LABELS = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?thing ?name WHERE { ?thing rdfs:label ?name FILTER(lang(?name) = "zh") }
ORDER BY ?thing LIMIT 5"""


@pytest.fixture(scope="module")
def client(kg):
    with TestClient(create_app(kg)) as client:
        yield client


def test_a_browser_sees_the_answer_as_a_table_linking_to_the_id_pages(client):
    page = client.get("/sparql", params={"query": LABELS}, headers={"accept": BROWSER})
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert '<table class="sparql-results">' in page.text
    assert page.text.count('<a href="/id/') == 5  # this graph's IRIs open their pages
    assert '<span lang="zh">' in page.text  # a literal keeps its language
    shown = html.unescape(page.text.split('<textarea name="query" rows="12">')[1].split("</textarea>")[0])
    assert shown == LABELS  # the query stays in the form, to edit
    # the same answer to take away, row for row
    rows = list(csv.reader(io.StringIO(client.get("/sparql", params={"query": LABELS, "format": "csv"}).text)))
    assert len(rows) == 1 + 5
    for _, name in rows[1:]:
        assert f'<span lang="zh">{name}</span>' in page.text


def test_ask_construct_and_a_bad_query_are_shown_too(client):
    ask = client.get("/sparql", params={"query": "ASK { ?s ?p ?o }", "format": "html"})
    assert "<strong>true</strong>" in ask.text
    graph = client.get(
        "/sparql",
        params={"query": "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3", "format": "html"},
    )
    assert '<pre class="sparql-graph">' in graph.text
    assert "format=turtle" in graph.text
    bad = client.get("/sparql", params={"query": "SELECT ?s WHERE { ?s", "format": "html"})
    assert bad.status_code == 400
    assert 'class="problem"' in bad.text


def test_machines_keep_the_protocol_and_can_ask_what_the_endpoint_is(client, kg):
    answer = client.get(
        "/sparql", params={"query": LABELS}, headers={"accept": "application/sparql-results+json"}
    )
    assert answer.headers["content-type"].startswith("application/sparql-results+json")
    described = client.get("/sparql", headers={"accept": "text/turtle"})
    assert described.status_code == 200
    assert described.headers["content-type"].startswith("text/turtle")
    graph = Graph().parse(data=described.text, format="turtle")
    endpoint = URIRef("http://testserver/sparql")
    assert (endpoint, SD.endpoint, endpoint) in graph
    assert (endpoint, SD.supportedLanguage, SD.SPARQL11Query) in graph
    assert str(kg.triples) in described.text


def test_every_example_runs_on_the_page(client):
    for title, query in EXAMPLE_QUERIES.items():
        page = client.get("/sparql", params={"query": query, "format": "html"})
        assert page.status_code == 200, title
        assert "sparql-results" in page.text or "sparql-graph" in page.text, title
