"""GraphQL lists that filter, sort and facet: the same rows as the /browse tables, exact."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest

from conftest import ask

BIG_LINES = """query($after: String) { fundingLines(where: {year: 2023, amountMin: "1000000"},
  orderBy: AMOUNT_DESC, first: 4, after: $after) {
  totalCount nodes { id name year amount { amount basis } }
  pageInfo { endCursor hasNextPage } } }"""


def _all_pages(kg, query: str, field: str, **variables) -> list[dict]:
    found, after = [], None
    while True:
        page = ask(kg, query, after=after, **variables)[field]
        found += page["nodes"]
        if not page["pageInfo"]["hasNextPage"]:
            return found
        after = page["pageInfo"]["endCursor"]


def test_the_lines_of_2023_above_a_million_yuan_by_amount_every_page_once(kg):
    rows = _all_pages(kg, BIG_LINES, "fundingLines")
    amounts = [Decimal(r["amount"]["amount"]) for r in rows]
    assert amounts == sorted(amounts, reverse=True)
    assert all(a >= Decimal(1_000_000) for a in amounts)
    assert len({r["id"] for r in rows}) == len(rows) == 10
    every = ask(kg, "{ fundingLines(first: 100) { nodes { id year amount { amount } } } }")
    expected = {
        n["id"]
        for n in every["fundingLines"]["nodes"]
        if n["year"] == 2023 and Decimal(n["amount"]["amount"]) >= 1_000_000
    }
    assert {r["id"] for r in rows} == expected
    assert rows[0]["amount"] == {"amount": "44376600.00", "basis": "DERIVED"}


def test_filters_combine_and_name_contains_reads_every_language(kg):
    data = ask(
        kg,
        """{ a: fundingLines(where: {spendType: RUN}, orderBy: NAME) { nodes { name } }
             b: fundingLines(where: {basis: DERIVED}) { totalCount }
             c: units(where: {nameContains: "dashuju"}) { nodes { name } }
             d: units(where: {nameContains: "Big Data"}) { totalCount }
             e: fundingLines(where: {amountMin: "1000000", amountMax: "2000000"}) { nodes { name } }
             f: platforms(category: "app", where: {provenance: "curated"}) { totalCount }
             g: platforms(category: "app") { totalCount } }""",
    )
    assert [n["name"] for n in data["a"]["nodes"]] == ["智慧益阳管理中心电费", "电子政务外网运维费"]
    assert data["b"]["totalCount"] >= 3
    assert "益阳市智慧城市和大数据中心" in [n["name"] for n in data["c"]["nodes"]]
    assert data["d"]["totalCount"] >= 1
    assert [n["name"] for n in data["e"]["nodes"]] == ["电子政务外网运维费"]
    assert data["f"]["totalCount"] == data["g"]["totalCount"]


def test_facets_count_every_item_of_the_list_not_one_page(kg):
    data = ask(
        kg,
        """{ fundingLines(first: 1, where: {year: 2023}) { totalCount nodes { id }
               facets(fields: [CATEGORY, SPEND_TYPE, BASIS, UNIT, DOCUMENT]) {
                 field values { value count label } } }
             all: fundingLines(first: 100) { nodes { lineCategory spendType year
               amount { basis } } } }""",
    )
    lines = data["fundingLines"]
    facets = {f["field"]: f["values"] for f in lines["facets"]}
    mine = [n for n in data["all"]["nodes"] if n["year"] == 2023]
    assert {v["value"]: v["count"] for v in facets["CATEGORY"]} == Counter(
        n["lineCategory"] for n in mine
    )
    assert {v["value"]: v["count"] for v in facets["SPEND_TYPE"]} == Counter(
        n["spendType"] for n in mine
    )
    assert {v["value"]: v["count"] for v in facets["BASIS"]} == Counter(
        n["amount"]["basis"] for n in mine
    )
    assert facets["UNIT"] == [
        {
            "value": "unit/yiyang-bdc",
            "count": lines["totalCount"],
            "label": "益阳市智慧城市和大数据中心",
        }
    ]
    counts = [v["count"] for v in facets["CATEGORY"]]
    assert counts == sorted(counts, reverse=True)


def test_a_unit_not_held_is_an_error_naming_it(kg):
    response = kg.query('{ fundingLines(where: {unit: "没有这个单位"}) { totalCount } }')
    assert "没有这个单位" in response["errors"][0]["message"]


def test_facet_values_are_charged_to_the_request_budget(kg):
    from graphql import execute, parse

    from govkg.api.base import MAX_OBJECTS
    from govkg.api.execute import context_for, schema

    query = "{ indicators(first: 1) { facets(fields: [YEAR, DOCUMENT, PROVENANCE]) { values { value } } } }"
    context = context_for(kg)
    result = execute(schema._schema, parse(query), context_value=context)
    assert result.errors is None
    values = sum(len(f["values"]) for f in result.data["indicators"]["facets"])
    assert values >= 3
    assert MAX_OBJECTS - context["budget"].left == values


def test_facets_first_keeps_the_most_frequent_values_and_says_how_many_there_are(corpus):
    from graphql import execute, parse

    from govkg.api.base import MAX_OBJECTS
    from govkg.api.execute import context_for, schema

    every = ask(
        corpus, "{ moneyFigures { facets(fields: [UNIT]) { distinct values { value count } } } }"
    )
    (whole,) = every["moneyFigures"]["facets"]
    assert whole["distinct"] == len(whole["values"]) > 5
    query = "{ moneyFigures(first: 1) { facets(fields: [UNIT], first: 3) { distinct values { value count } } } }"
    context = context_for(corpus)
    result = execute(schema._schema, parse(query), context_value=context)
    assert result.errors is None
    (kept,) = result.data["moneyFigures"]["facets"]
    assert kept["values"] == whole["values"][:3]  # the most frequent, in the same order
    assert [v["count"] for v in kept["values"]] == sorted(
        (v["count"] for v in whole["values"]), reverse=True
    )[:3]
    assert kept["distinct"] == whole["distinct"]
    assert MAX_OBJECTS - context["budget"].left == 3  # the values kept, not the others
    none = ask(
        corpus,
        "{ moneyFigures { facets(fields: [UNIT], first: 0) { distinct values { value } } } }",
    )
    assert none["moneyFigures"]["facets"] == [{"distinct": whole["distinct"], "values": []}]
    wrong = corpus.query("{ moneyFigures { facets(fields: [UNIT], first: -1) { distinct } } }")
    assert wrong["errors"][0]["message"] == "facets(first:) must not be negative"


@pytest.fixture(scope="module")
def corpus(ingested_corpus_graph):
    return ingested_corpus_graph


def test_over_a_corpus_money_figures_filter_and_facet_exactly(corpus):
    data = ask(
        corpus,
        """{ moneyFigures(where: {category: "budget"}, orderBy: AMOUNT_DESC, first: 100) {
               totalCount nodes { kind amount { amount } document { id } }
               facets(fields: [DOCUMENT, YEAR]) { field values { value count } } }
             every: moneyFigures(first: 1) { totalCount facets(fields: [CATEGORY]) {
               values { value count } } } }""",
    )
    figures = data["moneyFigures"]
    assert figures["totalCount"] > 0
    assert {n["kind"] for n in figures["nodes"]} == {"BUDGET"}
    amounts = [Decimal(n["amount"]["amount"]) for n in figures["nodes"]]
    assert amounts == sorted(amounts, reverse=True)
    by_kind = {v["value"]: v["count"] for v in data["every"]["facets"][0]["values"]}
    assert by_kind["budget"] == figures["totalCount"]
    assert sum(by_kind.values()) == data["every"]["totalCount"]
    documents = {v["value"]: v["count"] for v in figures["facets"][0]["values"]}
    assert sum(documents.values()) == figures["totalCount"]
    if figures["totalCount"] <= 100:
        assert Counter(n["document"]["id"] for n in figures["nodes"]) == documents


def test_a_kept_selection_is_the_same_rows_and_a_caller_cannot_change_it(kg):
    from govkg.answers.browse import Where, tables_of

    tables = tables_of(kg.service)
    where = Where(year=2023, amount_min=Decimal(1_000_000))
    first = tables.select("funding-lines", where, "amount", True)
    first.clear()  # a caller's list is its own
    again = tables.select("funding-lines", where, "amount", True)
    assert len(again) == 10
    kept = sorted((r for r in tables.rows("funding-lines") if where.keeps(r)), key=lambda r: r.id)
    assert again == sorted(kept, key=lambda r: r.amount, reverse=True)
    ids = [row.id for row in again]
    assert tables.facets_of("funding-lines", ids, ("category",)) == tables.facets(
        again, ("category",)
    )
