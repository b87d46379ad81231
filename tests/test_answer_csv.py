"""Any GraphQL answer as a spreadsheet: Accept text/csv or format=csv, through the real app,
the figures to the fen of the JSON answer."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import pytest
from starlette.testclient import TestClient

from govkg.app import create_app

FEEDS = '{ platform(name: "一网统管") { name feeds { unit { name } cost { amount { amount } basis } } } }'


@pytest.fixture(scope="module")
def client(kg) -> TestClient:
    return TestClient(create_app(kg))


def _table(body: bytes) -> list[dict[str, str]]:
    assert body.startswith("\ufeff".encode())  # for spreadsheets
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))


def test_a_post_asking_for_csv_gets_the_first_list_as_rows(client):
    answer = client.post("/graphql", json={"query": FEEDS}, headers={"accept": "text/csv"})
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "text/csv; charset=utf-8"
    rows = _table(answer.content)
    feeds = client.post("/graphql", json={"query": FEEDS}).json()["data"]["platform"]["feeds"]
    assert len(rows) == len(feeds) > 3
    assert list(rows[0]) == ["unit.name", "cost.amount.amount", "cost.basis"]
    for row, feed in zip(rows, feeds, strict=True):
        assert row["unit.name"] == feed["unit"]["name"]
        assert Decimal(row["cost.amount.amount"]) == Decimal(feed["cost"]["amount"]["amount"])


def test_a_get_with_format_csv_joins_nested_lists(client):
    query = "{ units(first: 100) { edges { node { name subunits { name } } } } }"
    answer = client.get("/graphql", params={"query": query, "format": "csv"})
    assert answer.status_code == 200
    rows = _table(answer.content)
    units = client.get("/graphql", params={"query": query}).json()["data"]["units"]["edges"]
    assert len(rows) == len(units)
    for row, edge in zip(rows, units, strict=True):
        names = [sub["name"] for sub in edge["node"]["subunits"]]
        assert row["node.subunits.name"] == "; ".join(names)
    assert any(len(edge["node"]["subunits"]) > 1 for edge in units)


def test_an_answer_without_a_list_is_a_422_and_errors_stay_json(client):
    plain = client.post(
        "/graphql", json={"query": "{ __typename }"}, headers={"accept": "text/csv"}
    )
    assert plain.status_code == 422
    wrong = client.post("/graphql", json={"query": "{ nope }"}, headers={"accept": "text/csv"})
    assert wrong.headers["content-type"].startswith("application/json")
    assert wrong.json()["errors"]
