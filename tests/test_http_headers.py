"""ETags keyed to the graph version, security headers on everything, settings from GOVKG_*."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from govkg.app import create_app
from govkg.core.errors import GovKGError
from govkg.http.middleware import DEFAULT_CSP
from govkg.http.settings import Settings

CONDITIONAL = [
    ("/", "text/html"),
    ("/id/platform/yiwangtongguan", "text/html"),
    ("/id/platform/yiwangtongguan", "text/turtle"),
    ("/graphql?query=%7B__typename%7D", "application/json"),
    ("/sparql?query=ASK%7B%7D", "application/sparql-results+json"),
    ("/sparql", "text/html"),
]


@pytest.fixture(scope="module")
def client(kg):
    with TestClient(create_app(kg)) as client:
        yield client


@pytest.mark.parametrize(("path", "accept"), CONDITIONAL)
def test_a_conditional_get_with_the_etag_answers_304(client, kg, path, accept):
    first = client.get(path, headers={"accept": accept})
    assert first.status_code == 200
    etag = first.headers["etag"]
    assert kg.version in etag
    again = client.get(path, headers={"accept": accept, "if-none-match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == etag
    weak = client.get(path, headers={"accept": accept, "if-none-match": f'"x", W/{etag}'})
    assert weak.status_code == 304
    stale = client.get(path, headers={"accept": accept, "if-none-match": '"old-version-x"'})
    assert stale.status_code == 200


def test_representations_of_one_url_have_different_etags(client):
    path = "/id/platform/yiwangtongguan"
    html = client.get(path, headers={"accept": "text/html"}).headers["etag"]
    turtle = client.get(path, headers={"accept": "text/turtle"}).headers["etag"]
    assert html != turtle
    assert (
        client.get(path, headers={"accept": "text/turtle", "if-none-match": html}).status_code
        == 200
    )


def test_errors_and_posts_carry_no_etag(client):
    assert "etag" not in client.get("/id/nothing/here").headers
    assert "etag" not in client.post("/graphql", json={"query": "{ __typename }"}).headers
    assert "etag" not in client.get("/health").headers


@pytest.mark.parametrize(
    "path",
    ["/", "/health", "/graphql", "/sparql", "/id/platform/yiwangtongguan", "/id/nope",
     "/static/govkg.css", "/nope"],
)  # fmt: skip
def test_every_response_says_nosniff(client, path):
    response = client.get(path, headers={"accept": "text/html"})
    assert response.headers["x-content-type-options"] == "nosniff"
    if response.headers.get("content-type", "").startswith("text/html"):
        assert "default-src 'none'" in response.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in response.headers["content-security-policy"]


def test_html_pages_get_the_strict_csp_without_scripts(client):
    csp = client.get("/").headers["content-security-policy"]
    assert csp == DEFAULT_CSP
    assert "script-src" not in csp


def test_health_reports_the_version_and_workers(client, kg):
    body = client.get("/health").json()
    assert body["status"] == "ok"
    assert body["version"] == kg.version
    assert body["triples"] == len(kg.graph)
    assert body["sparqlWorkers"]["configured"] == 2


def test_settings_come_from_the_environment_then_flags():
    env = {
        "GOVKG_CORS_ORIGINS": "https://a.example, https://b.example/",
        "GOVKG_SPARQL_TIMEOUT": "2.5",
        "GOVKG_SPARQL_ROW_LIMIT": "100",
        "GOVKG_MAX_BODY": "1000",
        "GOVKG_MAX_URL": "4096",
        "GOVKG_SPARQL_BYTE_LIMIT": "65536",
        "GOVKG_SPARQL_MEMORY": "256",
    }
    settings = Settings.from_env(env, sparql_row_limit=7, cors_origins=None, sparql_memory=0)
    assert settings.cors_origins == ("https://a.example", "https://b.example")
    assert settings.sparql_timeout == 2.5
    assert settings.sparql_row_limit == 7
    assert settings.max_body == 1000
    assert settings.max_url == 4096
    assert settings.sparql_byte_limit == 65536
    assert settings.sparql_memory == 0  # a flag's 0 (no limit) is a value, not "unset"
    defaults = Settings.from_env({})
    assert defaults.cors_origins == ()
    assert (defaults.max_url, defaults.sparql_byte_limit, defaults.sparql_memory) == (
        16 * 1024,
        8 * 1024 * 1024,
        512,
    )


@pytest.mark.parametrize(
    "env",
    [{"GOVKG_SPARQL_TIMEOUT": "soon"}, {"GOVKG_CORS_ORIGINS": "portal.example"},
     {"GOVKG_SPARQL_TIMEOUT": "0"}, {"GOVKG_SPARQL_WORKERS": "0"},
     {"GOVKG_MAX_URL": "100"}, {"GOVKG_MAX_URL": "16k"}, {"GOVKG_SPARQL_BYTE_LIMIT": "10"},
     {"GOVKG_SPARQL_MEMORY": "8"}, {"GOVKG_SPARQL_MEMORY": "-1"}],
)  # fmt: skip
def test_bad_settings_are_named(env):
    with pytest.raises(GovKGError, match=r"GOVKG|origin|timeout|workers|URL|byte limit|memory"):
        Settings.from_env(env)


def test_govkg_serve_refuses_a_bad_origin_before_starting(capsys):
    from govkg.cli import main

    assert main(["serve", "--cors-origin", "portal.example"]) == 1
    assert "must start with http:// or https://" in capsys.readouterr().err


def test_health_says_ready_only_when_answers_come_at_full_speed(kg):
    import threading

    from starlette.testclient import TestClient

    from govkg.answers.kg import KnowledgeGraph
    from govkg.app import create_app

    cold = KnowledgeGraph.from_graph(kg.graph, kg.version, kg.source)  # nothing built yet
    gate = threading.Event()
    warm = cold.warm
    cold.warm = lambda: (gate.wait(30), warm())  # hold the warm-up until the test says so
    with TestClient(create_app(cold)) as client:
        early = client.get("/health?ready")
        assert early.status_code == 503
        assert early.headers["retry-after"] == "1"
        assert early.json()["ready"] is False
        assert client.get("/health").status_code == 200  # alive all along
        gate.set()
        for _ in range(600):
            now = client.get("/health?ready")
            if now.status_code == 200:
                break
            threading.Event().wait(0.05)
        assert now.status_code == 200
        assert now.json()["ready"] is True
        assert now.json()["sparqlWorkers"]["ready"] is True
