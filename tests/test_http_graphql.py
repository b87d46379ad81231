"""GraphQL over HTTP answers exactly what `govkg query` answers, by GET and by POST."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from govkg.app import create_app
from govkg.cli import main as cli
from govkg.http.graphiql import EXAMPLES
from govkg.http.graphql_view import (
    CSV,
    GRAPHQL_RESPONSE,
    LONGEST_KEPT_ACCEPT,
    _preferred_of,
)
from govkg.http.settings import Settings

FEEDS = EXAMPLES[0]
STATIC = Path(__file__).resolve().parents[1] / "src" / "govkg" / "static"


@pytest.fixture(scope="module")
def client(kg):
    with TestClient(create_app(kg, Settings(max_body=4096))) as client:
        yield client


def test_feeds_of_yiwangtongguan_over_post_equal_kg_query(client, kg):
    response = client.post("/graphql", json={"query": FEEDS.query, "variables": FEEDS.variables})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert response.json() == kg.query(FEEDS.query, FEEDS.variables)
    assert response.json()["data"]["feeds"]["totalCount"] == 4


def test_get_answers_the_same_as_post(client):
    params = {"query": FEEDS.query, "variables": json.dumps(FEEDS.variables)}
    by_get = client.get("/graphql", params=params, headers={"accept": "application/json"})
    by_post = client.post("/graphql", json={"query": FEEDS.query, "variables": FEEDS.variables})
    assert by_get.status_code == 200
    assert by_get.content == by_post.content


def test_http_answers_equal_the_cli(client, capsys):
    assert cli(["query", FEEDS.query, "--variables", json.dumps(FEEDS.variables)]) == 0
    printed = json.loads(capsys.readouterr().out)
    response = client.post("/graphql", json={"query": FEEDS.query, "variables": FEEDS.variables})
    assert response.json() == printed


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.title for e in EXAMPLES])
def test_every_graphiql_example_runs_without_errors(client, example):
    body = client.post("/graphql", json={"query": example.query, "variables": example.variables})
    answer = body.json()
    assert "errors" not in answer, answer
    assert all(value for value in answer["data"].values())


def test_chinese_is_sent_as_utf8_not_escaped(client):
    response = client.post("/graphql", json={"query": '{ platform(name: "一网统管") { name } }'})
    assert "一网统管".encode() in response.content
    assert b"\\u" not in response.content


def test_graphql_response_media_type_and_400_for_a_request_error(client):
    accept = {"accept": "application/graphql-response+json, application/json;q=0.9"}
    good = client.post("/graphql", json={"query": "{ __typename }"}, headers=accept)
    assert good.status_code == 200
    assert good.headers["content-type"] == "application/graphql-response+json"
    bad = client.post("/graphql", json={"query": "{ nosuchfield }"}, headers=accept)
    assert bad.status_code == 400
    assert bad.json()["errors"]
    legacy = client.post("/graphql", json={"query": "{ nosuchfield }"})
    assert legacy.status_code == 200


@pytest.mark.parametrize(
    ("accept", "media"),
    [
        ("application/graphql-response+json, application/json;q=0.9", GRAPHQL_RESPONSE),
        ("application/json, application/graphql-response+json;q=0.9", "application/json"),
        ("text/csv", "text/csv"),
        ("text/csv;q=0.5, application/json", "application/json"),
        ("application/*", "application/json"),
        (None, "application/json"),
        ("application/graphql-response+json;q=0.1, " + "x/y;q=0.5, " * 40, GRAPHQL_RESPONSE),
    ],
)
def test_each_accept_header_is_negotiated_alike_every_time(client, accept, media):
    """The representation is negotiated once per header and kept (a long header is not)."""
    headers = {"accept": accept} if accept else {}
    body = {"query": FEEDS.query, "variables": FEEDS.variables}
    for _ in range(2):
        response = client.post("/graphql", json=body, headers=headers)
        assert response.status_code == 200
        assert response.headers["content-type"].split(";")[0] == media
        if accept and len(accept) <= LONGEST_KEPT_ACCEPT:
            assert _preferred_of(accept) == (media if media != "text/csv" else CSV)


def test_validation_errors_do_not_suggest_field_names(client):
    answer = client.post("/graphql", json={"query": '{ platfrm(name: "x") { name } }'}).json()
    message = answer["errors"][0]["message"]
    assert "platfrm" in message
    assert "Did you mean" not in message


def test_variable_errors_do_not_suggest_enum_values(client):
    query = 'query($k: EntityKind) { search(query: "x", kind: $k) { name } }'
    answer = client.post("/graphql", json={"query": query, "variables": {"k": "PLATFROM"}}).json()
    assert "Did you mean" not in answer["errors"][0]["message"]


def test_a_body_over_the_cap_is_refused_with_413(client):
    padding = " " * 5000
    response = client.post("/graphql", json={"query": "{ __typename }" + padding})
    assert response.status_code == 413


def test_methods_other_than_get_and_post_are_refused(client):
    assert client.put("/graphql", json={"query": "{ __typename }"}).status_code == 405


def test_graphiql_page_loads_only_vendored_assets_under_a_strict_csp(client):
    page = client.get("/graphql", headers={"accept": "text/html"})
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self';" in csp
    assert "unsafe-eval" not in csp
    assert "http" not in csp
    # assets: what the page loads (src, and <link> hrefs), not its links (the language switch)
    sources = re.findall(r'src="([^"]+)"', page.text)
    sources += re.findall(r'<link [^>]*href="([^"]+)"', page.text)
    assert sources
    assert all(s.startswith("/static/") for s in sources), sources
    assert "<script>" not in page.text  # no inline script: the CSP would block it
    for source in sources:
        asset = client.get(source)
        assert asset.status_code == 200, source
        assert (STATIC / source.removeprefix("/static/")).is_file()


def test_graphiql_page_carries_the_three_examples(client):
    page = client.get("/graphql", headers={"accept": "text/html"}).text
    data = re.search(r'<script type="application/json" id="govkg-examples">(.*?)</script>', page)
    tabs = json.loads(data.group(1))
    assert [t["title"] for t in tabs] == [e.title for e in EXAMPLES]
    assert "一网统管" in tabs[0]["variables"]
    assert json.loads(tabs[1]["variables"]) == {"year": 2023}


def test_a_repeated_query_is_answered_from_the_cache_with_the_same_bytes(kg):
    app = create_app(kg, Settings(graphql_cache=8))
    cache = app.state.graphql.cache
    body = {"query": FEEDS.query, "variables": FEEDS.variables}
    with TestClient(app) as client:
        first = client.post("/graphql", json=body)
        assert len(cache) == 1
        again = client.post("/graphql", json=body)
        assert again.content == first.content
        assert again.headers["content-type"] == first.headers["content-type"]
        accept = {"accept": "application/graphql-response+json"}
        assert client.post("/graphql", json=body, headers=accept).headers["content-type"] == (
            "application/graphql-response+json"
        )
        client.post("/graphql", json={"query": "{ nosuchfield }"})
        client.get("/graphql", params={"query": '{ platform(name: "nothing at all") { name } }'})
        assert len(cache) == 2  # the error is not kept; the null answer is
        for n in range(20):
            client.post("/graphql", json={"query": f"{{ a{n}: __typename }}"})
        assert len(cache) == 8


def test_the_cache_can_be_turned_off(kg):
    app = create_app(kg, Settings(graphql_cache=0))
    with TestClient(app) as client:
        client.post("/graphql", json={"query": "{ __typename }"})
    assert len(app.state.graphql.cache) == 0


@pytest.mark.parametrize(
    ("variables", "said"),
    [
        (None, "Expected a value of non-null type 'Int!' to be provided"),
        ({"n": "x"}, "Int cannot represent non-integer value: 'x'"),
    ],
)
def test_a_missing_or_wrong_variable_is_said_not_masked(client, variables, said):
    query = "query($n: Int!) { fundingLines(first: $n) { totalCount } }"
    response = client.post("/graphql", json={"query": query, "variables": variables})
    (error,) = response.json()["errors"]
    assert said in error["message"]
    assert "Internal error" not in response.text
