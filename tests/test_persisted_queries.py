"""Persisted queries as Apollo clients send them: a hash instead of the text, the text once
when asked, over POST and GET, through the real app."""

from __future__ import annotations

import hashlib
import json

import pytest
from starlette.testclient import TestClient

from govkg.app import create_app
from govkg.http.persisted import PersistedQueries

QUERY = '{ platform(name: "一网统管") { name feeds { unit { name } } } }'
DIGEST = hashlib.sha256(QUERY.encode()).hexdigest()
EXTENSIONS = {"persistedQuery": {"version": 1, "sha256Hash": DIGEST}}


@pytest.fixture
def client(kg) -> TestClient:
    return TestClient(create_app(kg))


def test_an_unknown_hash_is_asked_for_then_answered_by_hash_alone(client):
    first = client.post("/graphql", json={"extensions": EXTENSIONS})
    assert first.status_code == 200
    assert first.json()["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_FOUND"
    registered = client.post("/graphql", json={"query": QUERY, "extensions": EXTENSIONS})
    assert registered.json()["data"]["platform"]["name"] == "一网统管"
    by_hash = client.post("/graphql", json={"extensions": EXTENSIONS})
    assert by_hash.json() == registered.json()


def test_a_get_by_hash_answers_as_the_post_does(client):
    client.post("/graphql", json={"query": QUERY, "extensions": EXTENSIONS})
    answer = client.get("/graphql", params={"extensions": json.dumps(EXTENSIONS)})
    assert answer.status_code == 200
    assert answer.json()["data"]["platform"]["name"] == "一网统管"
    again = client.get("/graphql", params={"extensions": json.dumps(EXTENSIONS)})
    assert again.content == answer.content


@pytest.mark.parametrize(
    ("extensions", "query"),
    [
        ({"persistedQuery": {"version": 1, "sha256Hash": "0" * 64}}, QUERY),  # wrong hash
        ({"persistedQuery": {"version": 2, "sha256Hash": DIGEST}}, None),
        ({"persistedQuery": {"version": 1, "sha256Hash": "../../etc"}}, None),
        ({"persistedQuery": "yes"}, None),
    ],
    ids=["hash-not-of-text", "version-2", "not-a-hash", "not-an-object"],
)
def test_a_bad_persisted_query_is_refused_and_not_kept(client, extensions, query):
    body = {"extensions": extensions, **({"query": QUERY} if query else {})}
    answer = client.post("/graphql", json=body)
    assert answer.status_code == 200
    assert answer.json()["errors"][0]["extensions"]["code"] == "BAD_REQUEST"
    assert "data" not in answer.json()
    strict = client.post(
        "/graphql", json=body, headers={"accept": "application/graphql-response+json"}
    )
    assert strict.status_code == 400  # a request error, as the newer media type says


def test_a_get_with_broken_json_is_a_400(client):
    answer = client.get("/graphql", params={"extensions": "{not json"})
    assert answer.status_code == 400


def test_the_registry_is_bounded_by_characters():
    registry = PersistedQueries(entries=1_000, total=1_000)
    for n in range(100):
        text = f"{{ __typename }} # {n:04d}" + " " * 80
        digest = hashlib.sha256(text.encode()).hexdigest()
        extensions = {"persistedQuery": {"version": 1, "sha256Hash": digest}}
        assert registry.resolve({"query": text, "extensions": extensions}) == (text, None)
    assert 0 < len(registry.texts) <= 1_000 // 100
