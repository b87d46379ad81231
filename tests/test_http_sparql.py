"""/sparql speaks the SPARQL 1.1 Protocol, read-only, and its answers parse in rdflib."""

from __future__ import annotations

import io

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.query import Result
from starlette.testclient import TestClient

from govkg.app import create_app
from govkg.http.settings import Settings
from govkg.http.sparql import EXAMPLE_QUERIES, TRUNCATED_HEADER

GOVKG = "https://govkg.org/ontology#"
FEEDERS = f"""
PREFIX govkg: <{GOVKG}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?unit ?name WHERE {{
  ?unit govkg:feeds ?platform ; rdfs:label ?name .
  ?platform rdfs:label "一网统管"@zh .
  FILTER(lang(?name) = "zh")
}} ORDER BY ?name
"""
PLATFORM = "https://govkg.org/id/platform/yiwangtongguan"
FOUR_FEEDERS = {"市委组织部", "市委政法委", "市城管执法局", "市自然资源和规划局"}
RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/ld+json": "json-ld",
}


@pytest.fixture(scope="module")
def client(kg):
    settings = Settings(sparql_row_limit=50, sparql_workers=1, sparql_timeout=10)
    with TestClient(create_app(kg, settings)) as client:
        yield client


def _names(result: Result) -> set[str]:
    return {str(row.name) for row in result}


@pytest.mark.parametrize("media", list(RESULT_TYPES), ids=list(RESULT_TYPES.values()))
def test_select_results_parse_in_rdflib_by_accept(client, media):
    response = client.get("/sparql", params={"query": FEEDERS}, headers={"accept": media})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media
    result = Result.parse(io.BytesIO(response.content), format=RESULT_TYPES[media])
    assert _names(result) == FOUR_FEEDERS
    assert response.headers[TRUNCATED_HEADER] == "false"


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_format_parameter_overrides_accept(client, fmt):
    response = client.get(
        "/sparql", params={"query": FEEDERS, "format": fmt}, headers={"accept": "text/html"}
    )
    assert response.status_code == 200
    assert _names(Result.parse(io.BytesIO(response.content), format=fmt)) == FOUR_FEEDERS


def test_post_form_and_post_sparql_query_answer_like_get(client):
    by_get = client.get("/sparql", params={"query": FEEDERS}).content
    by_form = client.post("/sparql", data={"query": FEEDERS}).content
    by_body = client.post(
        "/sparql",
        content=FEEDERS.encode(),
        headers={"content-type": "application/sparql-query"},
    ).content
    assert by_get == by_form == by_body


def test_ask_answers_a_boolean(client):
    body = client.get("/sparql", params={"query": f"ASK {{ <{PLATFORM}> ?p ?o }}"}).json()
    assert body == {"head": {}, "boolean": True}


@pytest.mark.parametrize("media", list(GRAPH_TYPES), ids=list(GRAPH_TYPES.values()))
def test_construct_and_describe_parse_as_rdf(client, media):
    for query in (f"DESCRIBE <{PLATFORM}>", f"CONSTRUCT WHERE {{ <{PLATFORM}> ?p ?o }}"):
        response = client.get("/sparql", params={"query": query}, headers={"accept": media})
        assert response.status_code == 200
        assert response.headers["content-type"].split(";")[0] == media
        graph = Graph().parse(data=response.content, format=GRAPH_TYPES[media])
        assert (URIRef(PLATFORM), None, Literal("一网统管", lang="zh")) in graph


def test_rows_over_the_cap_are_cut_and_flagged(client):
    response = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert response.status_code == 200
    assert response.headers[TRUNCATED_HEADER] == "true"
    assert response.headers["x-govkg-row-limit"] == "50"
    assert len(response.json()["results"]["bindings"]) == 50


@pytest.mark.parametrize(
    "update",
    [
        f"INSERT DATA {{ <{PLATFORM}> <{GOVKG}pinyin> 'hacked' }}",
        f"DELETE WHERE {{ <{PLATFORM}> ?p ?o }}",
        "LOAD <file:///etc/passwd>",
        "DROP ALL",
        "CLEAR DEFAULT",
    ],
    ids=["insert", "delete", "load", "drop", "clear"],
)
def test_updates_are_refused_and_change_nothing(client, kg, update):
    before = len(kg.graph)
    for response in (
        client.get("/sparql", params={"query": update}),
        client.post("/sparql", data={"update": update}),
        client.post(
            "/sparql", content=update, headers={"content-type": "application/sparql-update"}
        ),
    ):
        assert response.status_code == 403, response.text
        assert "read-only" in response.text
    assert len(kg.graph) == before
    count = client.get(
        "/sparql",
        params={"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ <{PLATFORM}> ?p ?o }}"},
        headers={"accept": "text/csv"},
    )
    assert int(count.text.split()[1]) == len(list(kg.graph.predicate_objects(URIRef(PLATFORM))))


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
        "SELECT * FROM NAMED <file:///etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } }",
        "select * from <http://127.0.0.1:9/> where { ?s ?p ?o }",
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { SERVICE SILENT <file:///etc/passwd> { ?s ?p ?o } }",
    ],
    ids=["from-file", "from-named", "from-http", "service", "service-silent"],
)
def test_datasets_and_service_are_refused(client, query):
    response = client.get("/sparql", params={"query": query})
    assert response.status_code == 400
    assert "root:" not in response.text
    assert "not allowed" in response.text


def test_protocol_dataset_parameters_are_refused(client):
    params = {"query": "ASK {}", "default-graph-uri": "file:///etc/passwd"}
    assert client.get("/sparql", params=params).status_code == 400


def test_words_from_and_service_inside_strings_and_iris_are_fine(client):
    query = f'SELECT ?x WHERE {{ BIND("FROM SERVICE" AS ?x) . <{PLATFORM}> ?p ?o }} LIMIT 1'
    response = client.get("/sparql", params={"query": query})
    assert response.status_code == 200


def test_syntax_errors_are_400_with_a_message(client):
    response = client.get("/sparql", params={"query": "SELEKT * WHERE { ?s ?p ?o }"})
    assert response.status_code == 400
    assert "syntax" in response.text.lower()


def test_an_unacceptable_type_is_406(client):
    response = client.get("/sparql", params={"query": FEEDERS}, headers={"accept": "image/png"})
    assert response.status_code == 406
    assert "Accept" in response.headers["vary"]


def test_no_query_shows_a_form_to_people_and_400_to_machines(client):
    page = client.get("/sparql", headers={"accept": "text/html"})
    assert page.status_code == 200
    assert "<form" in page.text
    assert client.get("/sparql", headers={"accept": "application/json"}).status_code == 400


@pytest.mark.parametrize("title", list(EXAMPLE_QUERIES))
def test_the_form_pages_examples_run(client, title):
    response = client.get("/sparql", params={"query": EXAMPLE_QUERIES[title]})
    assert response.status_code == 200, response.text
    assert len(response.content) > 50
