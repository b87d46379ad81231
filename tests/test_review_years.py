"""A reviewer gives or corrects a year through the decisions API, on drafts of real reports.

A report that states no fiscal year (西藏自治区外事办公室's project report) is drafted with
``year_unknown: true``; the reviewer gives its year, and a money figure's. A report that
states one (城陵矶政务服务中心 2023) has funding lines and indicators of that year; a
reviewer corrects one line's. A year that is not a year is refused 422 naming the field
``year``, with nothing written; the served graph answers with the years decided.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from starlette.testclient import TestClient

from govkg.app import create_app
from govkg.graph.rdf import DEFAULT_BASE
from govkg.http.settings import Settings
from govkg.ingest.write import ingest
from govkg.stores.sources import LocalSource

TOKEN = "review-" + "y" * 20
AUTH = {"authorization": f"Bearer {TOKEN}"}
FIXTURES = Path(__file__).parent / "fixtures/real-reports"
NO_YEAR = FIXTURES / "35_xizang-fao-video-conf-2023.txt"
WITH_YEAR = FIXTURES / "02_chenglingji-zwfw-center-2023.txt"


@pytest.fixture
def served(seed_copy):
    unknown = ingest(NO_YEAR, seed_copy).document
    stated = ingest(WITH_YEAR, seed_copy).document
    source = LocalSource(seed_copy, DEFAULT_BASE)
    app = create_app(source.current(), Settings(review_token=TOKEN, sparql_workers=1), source)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client, seed_copy, unknown, stated


def ask(client, query: str) -> dict:
    answer = client.post("/graphql", json={"query": query}).json()
    assert "errors" not in answer, answer["errors"]
    return answer["data"]


def document(client, doc: str) -> dict:
    query = "{ documents { id fiscalYear awaitingReview moneyFigures { id year } } }"
    return next(d for d in ask(client, query)["documents"] if d["id"] == f"document/{doc}")


def post(client, doc: str, decisions: list[dict]):
    return client.post(f"/review/{doc}", json={"decisions": decisions}, headers=AUTH)


def edit(fact: str, year) -> dict:
    return {"fact": fact, "action": "edit", "value": {"year": year}}


def files(seed: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in seed.rglob("*") if p.is_file()}


def test_a_report_of_unknown_year_is_given_its_year(served):
    client, seed, doc, _ = served
    path = seed / f"{doc}.yaml"
    before = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert before["documents"][0]["year_unknown"] is True
    figure = f"{doc}-money-1"
    assert "year" not in next(f for f in before["money_figures"] if f["id"] == figure)
    served_before = document(client, doc)
    assert served_before["fiscalYear"] is None
    kept = files(seed)

    for wrong, why in (
        ("20x3", "is not a year"),
        (1800, "is not a year"),
        (True, "is not a year"),
        (2023.0, "is not a year"),
        ("", "is not a year"),
    ):
        response = post(client, doc, [edit(f"documents/{doc}", wrong)])
        assert response.status_code == 422, (wrong, response.text)
        problems = response.json()["problems"]
        assert any("field 'year'" in p and why in p for p in problems), problems
    response = post(client, doc, [edit("units/xzzzqwsbgs", 2023)])
    assert response.status_code == 422
    assert "field 'year': a unit has no year" in response.json()["problems"][0]
    # one bad year in a batch: the good one beside it is not applied either
    response = post(
        client, doc, [edit(f"documents/{doc}", 2023), edit(f"money_figures/{figure}", "2o22")]
    )
    assert response.status_code == 422
    assert response.json()["problems"][0].startswith(f"decision 2 (edit money_figures/{figure})")
    assert files(seed) == kept

    response = post(
        client, doc, [edit(f"documents/{doc}", "2023"), edit(f"money_figures/{figure}", 2022)]
    )
    assert response.status_code == 200, response.text
    assert response.json()["awaitingReview"] == served_before["awaitingReview"] - 2

    text = path.read_text(encoding="utf-8")
    after = yaml.safe_load(text)
    record = after["documents"][0]
    assert record["fiscal_year"] == 2023
    assert "year_unknown" not in record
    assert record["provenance"] == "curated"
    assert "rule" not in record
    # the year takes the place the unknown year held: the file reads as ingest writes it
    keys = list(record)
    assert keys.index("fiscal_year") == list(before["documents"][0]).index("year_unknown")
    assert re.search(r"^  fiscal_year: 2023$", text, re.M)
    moved = next(f for f in after["money_figures"] if f["id"] == figure)
    assert (moved["year"], moved["provenance"]) == (2022, "curated")
    # nothing else of the draft changed
    for section in before:
        if section in ("documents", "money_figures"):
            continue
        assert after[section] == before[section], section
    others = [f for f in after["money_figures"] if f["id"] != figure]
    assert others == [f for f in before["money_figures"] if f["id"] != figure]

    answered = document(client, doc)
    assert answered["fiscalYear"] == 2023
    years = {f["id"].rsplit("/", 1)[-1]: f["year"] for f in answered["moneyFigures"]}
    assert years[figure] == 2022
    listed = client.get(f"/review/{doc}.json", headers=AUTH).json()
    facts = {f["id"]: f for f in listed["facts"]}
    assert facts[f"documents/{doc}"]["values"]["fiscal_year"] == 2023
    assert facts[f"documents/{doc}"]["state"] == "curated"


def test_a_funding_line_or_indicator_year_is_corrected(served):
    client, seed, _, doc = served
    line = f"{doc}-shbxjjyszc"
    indicator = f"{doc}-zaibianrenshu"
    query = f'{{ node(id: "funding-line/{line}") {{ ... on FundingLine {{ year }} }} }}'
    assert ask(client, query)["node"]["year"] == 2023
    kept = files(seed)
    response = post(client, doc, [edit(f"funding_lines/{line}", 10_000)])
    assert response.status_code == 422
    assert "field 'year'" in response.json()["problems"][0]
    response = post(client, doc, [edit("systems/zhengwuwaiwang", 2022)])
    assert response.status_code == 422
    assert "field 'year': a system has no year" in response.json()["problems"][0]
    assert files(seed) == kept

    response = post(
        client, doc, [edit(f"funding_lines/{line}", 2022), edit(f"indicators/{indicator}", "2022")]
    )
    assert response.status_code == 200, response.text
    after = yaml.safe_load((seed / f"{doc}.yaml").read_text(encoding="utf-8"))
    fixed = next(r for r in after["funding_lines"] if r["id"] == line)
    assert (fixed["year"], fixed["provenance"]) == (2022, "curated")
    assert next(r for r in after["indicators"] if r["id"] == indicator)["year"] == 2022
    assert {r["year"] for r in after["funding_lines"] if r["id"] != line} == {2023}
    assert ask(client, query)["node"]["year"] == 2022
    assert document(client, doc)["fiscalYear"] == 2023  # the report's year is its own fact
