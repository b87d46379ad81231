"""Hostile GraphQL over the real app: depth, aliases, tokens capped; bugs masked, not leaked."""

from __future__ import annotations

import time

import pytest
from starlette.testclient import TestClient

import govkg
from govkg.app import create_app


@pytest.fixture(scope="module")
def app_kg():
    kg = govkg.open()
    with TestClient(create_app(kg), raise_server_exceptions=False) as client:
        yield client, kg


def post(client: TestClient, query: str):
    return client.post("/graphql", json={"query": query})


DEEP = '{ unit(name: "市大数据中心") { ' + "subunits { " * 12 + "name" + " }" * 12 + " } }"
ALIASES = "{ " + " ".join(f"a{i}: documents {{ id }}" for i in range(40)) + " }"
TOKENS = "{ documents { " + " ".join(["id"] * 3000) + " } }"


@pytest.mark.parametrize(
    ("query", "message"),
    [
        (DEEP, "exceeds maximum operation depth of 12"),
        (ALIASES, "40 aliases found"),
        (TOKENS, "more than 2000 tokens"),
    ],
    ids=["depth", "aliases", "tokens"],
)
def test_oversized_queries_are_refused_with_a_readable_reason(app_kg, query, message):
    client, _ = app_kg
    started = time.process_time()  # CPU, not wall time: a busy machine must not fail it
    response = post(client, query)
    spent = time.process_time() - started
    assert response.status_code in (200, 400)
    assert message in response.json()["errors"][0]["message"]
    assert spent < 1


def test_a_resolver_bug_is_masked_and_the_server_keeps_answering(app_kg, monkeypatch):
    client, kg = app_kg

    def broken(*args, **kwargs):
        raise RuntimeError("secret path /etc/govkg and a stack")

    monkeypatch.setattr(kg.service, "search", broken)
    response = post(client, '{ search(query: "fuzz-bug") { id } }')
    assert response.status_code == 200
    errors = response.json()["errors"]
    assert errors[0]["message"] == "Internal error."
    assert "secret" not in response.text
    assert "Traceback" not in response.text
    monkeypatch.undo()
    assert post(client, "{ documents { id } }").json()["data"]["documents"]


def test_a_deliberate_refusal_stays_readable(app_kg):
    client, _ = app_kg
    response = post(client, '{ units(after: "eA==") { totalCount } }')
    assert "does not point into this list" in response.json()["errors"][0]["message"]


def test_introspection_is_not_cut_by_the_depth_limit(app_kg):
    from graphql import get_introspection_query

    client, _ = app_kg
    body = post(client, get_introspection_query()).json()
    assert "errors" not in body
    assert body["data"]["__schema"]["queryType"]["name"] == "Query"


def test_fan_out_through_nested_lists_is_stopped_by_the_object_budget(app_kg):
    client, _ = app_kg
    query = '{ node(id: "unit/yiyang-bdc") { neighbours { neighbours { neighbours { neighbours { id } } } } } }'
    response = post(client, query)
    assert "more than 10,000 objects" in response.json()["errors"][0]["message"]
    assert len(response.content) < 100_000
    paths = (
        "{ "
        + " ".join(
            f'p{i}: path(from: "市委组织部", to: "市城管执法局") {{ id }}' for i in range(25)
        )
        + " }"
    )
    assert "more than 10,000 objects" in post(client, paths).text
    assert post(client, "{ documents { id } }").json()["data"]["documents"]


@pytest.mark.parametrize(
    "body", ["5", '"x"', "null", "true"], ids=["number", "string", "null", "bool"]
)
def test_a_json_scalar_body_is_a_400_not_a_500(app_kg, body):
    client, _ = app_kg
    response = client.post("/graphql", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 400
