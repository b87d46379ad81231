"""Fuzzing the real HTTP app with generated GraphQL: valid and invalid queries, no 5xx.

A short run is part of the suite; the long run of the README is

    GOVKG_FUZZ_VALID=5000 GOVKG_FUZZ_INVALID=2000 .venv/bin/pytest tests/test_fuzz_graphql.py -q
"""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis_graphql import Mode, from_schema
from starlette.testclient import TestClient

import govkg
from govkg.api.execute import schema
from govkg.app import create_app

SDL = str(schema)
VALID = int(os.environ.get("GOVKG_FUZZ_VALID", "150"))
INVALID = int(os.environ.get("GOVKG_FUZZ_INVALID", "100"))
FUZZ = settings(deadline=None, derandomize=True, database=None,
                suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(govkg.open()), raise_server_exceptions=False) as test_client:
        yield test_client


def check(client: TestClient, query: str) -> None:
    response = client.post("/graphql", json={"query": query})
    assert response.status_code < 500, (response.status_code, query, response.text[:500])
    assert "Traceback" not in response.text
    body = response.json()
    assert "data" in body or "errors" in body
    for error in body.get("errors") or []:
        assert "File \"" not in json.dumps(error), error


@settings(FUZZ, max_examples=VALID)
@given(query=from_schema(SDL, mode=Mode.POSITIVE))
def test_valid_generated_queries_never_fail_the_server(client, query):
    check(client, query)


@settings(FUZZ, max_examples=INVALID)
@given(query=from_schema(SDL, mode=Mode.NEGATIVE))
def test_invalid_generated_queries_are_refused_cleanly(client, query):
    check(client, query)
