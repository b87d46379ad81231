"""Reviewing a draft over HTTP: the real seed, a draft ingested from a real report, the app."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
import yaml
from starlette.testclient import TestClient

from conftest import named_by_ingest
from govkg.app import create_app
from govkg.graph.rdf import DEFAULT_BASE
from govkg.http.settings import Settings
from govkg.ingest.write import ingest
from govkg.stores.sources import LocalSource

TOKEN = "review-" + "r" * 20
REPORT = Path(__file__).parent / "fixtures/real-reports/02_chenglingji-zwfw-center-2023.txt"


DOC, ISSUER = named_by_ingest(REPORT)
AUTH = {"authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def served(seed_copy):
    done = ingest(REPORT, seed_copy)
    assert done.document == DOC
    source = LocalSource(seed_copy, DEFAULT_BASE)
    app = create_app(source.current(), Settings(review_token=TOKEN), source)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client, seed_copy


def awaiting(client) -> int:
    query = "{ documents { id awaitingReview } }"
    data = client.post("/graphql", json={"query": query}).json()["data"]
    return next(d["awaitingReview"] for d in data["documents"] if d["id"] == f"document/{DOC}")


def draft(seed: Path) -> dict:
    return yaml.safe_load((seed / f"{DOC}.yaml").read_text(encoding="utf-8"))


def post(client, decisions, **more):
    return client.post(f"/review/{DOC}", json={"decisions": decisions, **more}, headers=AUTH)


def test_accept_edit_reject_change_the_yaml_and_the_graph(served):
    client, seed = served
    listed = client.get(f"/review/{DOC}.json", headers=AUTH).json()
    ids = {f["id"]: f for f in listed["facts"]}
    figure = ids[f"money_figures/{DOC}-money-5"]
    assert (figure["state"], figure["rule"]) == ("extracted", "money-figure")
    assert figure["values"]["amount"] == "2881500"
    assert figure["sources"][0]["quote"] == "执行288.15万"
    assert "mentions/xiangyiban@678-681" in ids
    before = awaiting(client)
    assert before == listed["awaitingReview"] == 25
    start = figure["sources"][0]["start"]  # …预算297万,执行288.15万…
    budget_span = {"start": start - len("预算297万,"), "end": start - len(",")}

    response = post(
        client,
        [
            {"fact": "units/shizhengfu", "action": "accept"},
            {  # the figure is the budget beside it: its span, kind and amount corrected
                "fact": f"money_figures/{DOC}-money-5",
                "action": "edit",
                "value": {"span": budget_span, "kind": "budget", "amount": "2970000"},
            },
            {"fact": "mentions/xiangyiban@678-681", "action": "reject"},
        ],
        checksum=listed["checksum"],
        reviewer="tester",
    )
    assert response.status_code == 200, response.text
    answer = response.json()
    assert answer["version"] != answer["previous"]
    assert answer["awaitingReview"] == before - 3 == awaiting(client)
    assert client.get("/health").json()["version"] == answer["version"]

    data = draft(seed)
    unit = next(u for u in data["units"] if u["id"] == "shizhengfu")
    assert unit["provenance"] == "curated"
    assert "rule" not in unit
    money = next(m for m in data["money_figures"] if m["id"] == f"{DOC}-money-5")
    assert (money["amount"], money["kind"], money["provenance"]) == ("2970000", "budget", "curated")
    assert (money["as_written"], money["sources"][0]["quote"]) == ("297万", "预算297万")
    assert [m["sources"][0]["end"] for m in data["mentions"]] == [684]  # the other stays
    query = "{ documents { id moneyFigures { id amount { amount } } } }"
    docs = client.post("/graphql", json={"query": query}).json()["data"]["documents"]
    figures = next(d for d in docs if d["id"] == f"document/{DOC}")["moneyFigures"]
    served = {f["id"].rsplit("/", 1)[-1]: f["amount"]["amount"] for f in figures}
    assert str(served[f"{DOC}-money-5"]).rstrip("0").rstrip(".") == "2970000"

    log = [json.loads(line) for line in (seed / "review-log.jsonl").read_text().splitlines()]
    assert log[-1]["who"] == "tester"
    assert log[-1]["document"] == DOC
    assert len(log[-1]["decisions"]) == 3


def test_a_corrected_amount_must_be_written_where_the_fact_cites(served):
    """A reviewer's amount the cited words do not state is refused, naming the field: the
    span moves first onto where the report writes it; nothing changes meanwhile."""
    client, seed = served
    files = {p: p.read_bytes() for p in seed.rglob("*") if p.is_file()}
    listed = client.get(f"/review/{DOC}.json", headers=AUTH).json()
    edit = {"fact": f"money_figures/{DOC}-money-5", "action": "edit"}
    response = post(client, [{**edit, "value": {"amount": "2881600"}}], checksum=listed["checksum"])
    assert response.status_code == 422
    assert "field 'amount'" in response.text
    assert "no quote of this fact writes" in response.text
    assert files == {p: p.read_bytes() for p in seed.rglob("*") if p.is_file()}


def test_a_batch_with_one_bad_decision_changes_nothing(served):
    client, seed = served
    files = {p: p.read_bytes() for p in seed.rglob("*") if p.is_file()}
    version = client.get("/health").json()["version"]
    response = post(
        client,
        [
            {"fact": "units/shizhengfu", "action": "accept"},
            {"fact": f"money_figures/{DOC}-money-5", "action": "edit", "value": {"amount": "x1"}},
        ],
    )
    assert response.status_code == 422
    problems = response.json()["problems"]
    assert any("decision 2" in p and "'amount'" in p for p in problems), problems
    # a decision the whole seed refuses: the reporting unit others still refer to
    response = post(client, [{"fact": f"units/{ISSUER}", "action": "reject"}])
    assert response.status_code == 422
    assert any("'issuer'" in p for p in response.json()["problems"])
    # a span the checks of the seed refuse (past the end of the text)
    response = post(
        client,
        [
            {"fact": "units/shizhengfu", "action": "accept"},
            {
                "fact": "units/shiwei-2",
                "action": "edit",
                "value": {"span": {"start": 5, "end": 10**7}},
            },
        ],
    )
    assert response.status_code == 422
    assert {p: p.read_bytes() for p in seed.rglob("*") if p.is_file()} == files
    assert client.get("/health").json()["version"] == version
    assert awaiting(client) == 25


def test_a_problem_the_seed_checks_find_is_laid_at_its_decision(served):
    client, seed = served
    before = (seed / f"{DOC}.yaml").read_bytes()
    # a mention naming its entity by a name its quote does not hold: load_seed refuses it
    response = post(
        client,
        [
            {"fact": "units/shizhengfu", "action": "accept"},
            {"fact": "mentions/xiangyiban@678-684", "action": "edit", "value": {"name": "某某"}},
        ],
    )
    assert response.status_code == 422
    problems = response.json()["problems"]
    assert problems
    assert all(p.startswith("decision 2 (edit mentions/xiangyiban@678-684): ") for p in problems)
    assert f"{DOC}.yaml" in problems[0]
    assert (seed / f"{DOC}.yaml").read_bytes() == before


def test_two_concurrent_batches_never_lose_a_write(served):
    client, seed = served
    checksum = client.get(f"/review/{DOC}.json", headers=AUTH).json()["checksum"]
    batches = [
        [{"fact": "units/shizhengfu", "action": "accept"}],
        [{"fact": "units/shiwei-2", "action": "accept"}],
    ]
    results: list[int] = []

    def run(batch):
        results.append(post(client, batch, checksum=checksum).status_code)

    threads = [threading.Thread(target=run, args=(b,)) for b in batches]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [200, 409]
    units = {u["id"]: u for u in draft(seed)["units"]}
    accepted = [i for i in ("shizhengfu", "shiwei-2") if units[i]["provenance"] == "curated"]
    assert len(accepted) == 1  # the one answered 200 is written, the other refused whole
    # without a checksum, batches are applied one after the other: both writes stay
    results.clear()
    batches = [
        [{"fact": "units/quzhengwufuwuzhongxin", "action": "accept"}],
        [{"fact": "systems/zhengwuwaiwang", "action": "accept"}],
    ]
    threads = [
        threading.Thread(target=lambda b=b: results.append(post(client, b).status_code))
        for b in batches
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [200, 200]
    data = draft(seed)
    assert (
        next(u for u in data["units"] if u["id"] == "quzhengwufuwuzhongxin")["provenance"]
        == "curated"
    )
    assert data["systems"][0]["provenance"] == "curated"
    assert awaiting(client) == 25 - 3


def test_the_routes_need_the_token_and_are_off_without_one(served, seed_copy):
    client, _ = served
    assert client.get(f"/review/{DOC}.json").status_code == 401
    wrong = {"authorization": "Bearer " + "w" * 26}
    assert client.get(f"/review/{DOC}.json", headers=wrong).status_code == 401
    assert client.post(f"/review/{DOC}", json=[], headers=wrong).status_code == 401
    assert client.get(f"/review/{DOC}.json", headers=AUTH).status_code == 200
    assert client.get("/review/no-such-document.json", headers=AUTH).status_code == 404

    source = LocalSource(seed_copy, DEFAULT_BASE)
    off = create_app(source.current(), Settings(), source)
    with TestClient(off) as plain:
        assert plain.get(f"/review/{DOC}.json", headers=AUTH).status_code == 404
        assert plain.post(f"/review/{DOC}", json=[], headers=AUTH).status_code == 404


def test_the_token_is_a_setting(monkeypatch):
    monkeypatch.setenv("GOVKG_REVIEW_TOKEN", TOKEN)
    assert Settings.from_env().review_token == TOKEN
    assert Settings.from_env(review_token="x" * 16).review_token == "x" * 16
