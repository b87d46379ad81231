"""Money figures: every amount a report states, kept apart by kind, from seed to GraphQL.

The fictional 2024 report (tests/fixtures/seed-two-reports) states six money figures:
a spending total, two budgets, a carry-over, its change on the year before, and one amount
a reader could not place (``read: false``).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from graphql import execute as graphql_execute
from graphql import parse
from rdflib import RDF, Graph, Literal, URIRef
from starlette.testclient import TestClient

import govkg
from conftest import ask
from govkg.api.execute import context_for, schema
from govkg.api.nodes import MAX_OBJECTS
from govkg.app import create_app
from govkg.cli import main
from govkg.graph.ontology import GOVKG, SCHEMA
from govkg.graph.rdf import build_graph
from govkg.graph.shapes import shacl_problems
from govkg.seed.load import load_seed
from test_seed_errors import assert_named, break_seed
from two_reports import combine

BASE = "https://govkg.org/id"
FIGURES = """query($kind: MoneyKind) { documents { id moneyFigures(kind: $kind) {
  id kind amount { amount currency basis } label asWritten year read reason rate
  fundingLine { id } document { id } provenance extractionRule
  sources { document quote start end } } } }"""


@pytest.fixture(scope="module")
def two_seed(tmp_path_factory) -> Path:
    return combine(tmp_path_factory.mktemp("money") / "seed")


@pytest.fixture(scope="module")
def two(two_seed) -> govkg.KnowledgeGraph:
    return govkg.open(two_seed)  # validated, then built in the real Oxigraph store


@pytest.fixture
def two_copy(tmp_path) -> Path:
    return combine(tmp_path / "seed")


def figures(kg: govkg.KnowledgeGraph, kind: str | None = None) -> list[dict]:
    documents = {d["id"]: d for d in ask(kg, FIGURES, kind=kind)["documents"]}
    assert documents["document/yiyang-bdc-2023"]["moneyFigures"] == []  # the bundled seed
    return documents["document/yiyang-bdc-2024"]["moneyFigures"]


# GraphQL ----------------------------------------------------------------------------------
def test_budget_figures_are_stated_exact_and_cited(two):
    assert figures(two, "BUDGET") == [
        {
            "id": "money-figure/bdc-2024-money-adjusted-budget",
            "kind": "BUDGET",
            "amount": {"amount": "44000000.00", "currency": "CNY", "basis": "STATED"},
            "label": "调整预算",
            "asWritten": "4400万元",
            "year": 2024,
            "read": True,
            "reason": None,
            "rate": None,
            "fundingLine": {"id": "funding-line/bdc-2024-total-expenditure"},
            "document": {"id": "document/yiyang-bdc-2024"},
            "provenance": "extracted",
            "extractionRule": "test-money-figure",
            "sources": [
                {
                    "document": "yiyang-bdc-2024",
                    "quote": "2024年度部门整体支出4500万元，调整预算4400万元",
                    "start": 154,
                    "end": 183,
                }
            ],
        },
        {
            "id": "money-figure/bdc-2024-money-project-budget",
            "kind": "BUDGET",
            "amount": {"amount": "40000000.00", "currency": "CNY", "basis": "STATED"},
            "label": "项目支出预算数",
            "asWritten": "4000万元",
            "year": 2024,
            "read": True,
            "reason": None,
            "rate": None,
            "fundingLine": {"id": "funding-line/bdc-2024-project-expenditure"},
            "document": {"id": "document/yiyang-bdc-2024"},
            "provenance": "extracted",
            "extractionRule": "test-money-figure",
            "sources": [
                {
                    "document": "yiyang-bdc-2024",
                    "quote": "2024年度项目支出共计4100万元，预算数4000万元",
                    "start": 269,
                    "end": 297,
                }
            ],
        },
    ]


def test_every_figure_is_listed_in_the_order_of_the_text_each_of_its_own_kind(two):
    found = figures(two)
    assert [(f["asWritten"], f["kind"]) for f in found] == [
        ("4500万元", "SPENDING"),
        ("4400万元", "BUDGET"),
        ("4000万元", "BUDGET"),
        ("35万元", "CARRY_OVER"),
        ("减少15万元", "CHANGE"),
        ("85.5万元", "OTHER"),
    ]
    assert [f["id"] for f in figures(two, "SPENDING")] == ["money-figure/bdc-2024-money-total"]
    assert figures(two, "REVENUE") == []


def test_an_amount_not_read_is_listed_cited_and_counted(two, report_2024):
    unread = [f for f in figures(two) if not f["read"]]
    assert len(unread) == 1
    figure = unread[0]
    assert figure["reason"] == "往来款项性质待核实：报告未说明是支出、收入还是结转"
    assert figure["amount"] == {"amount": "855000.00", "currency": "CNY", "basis": "STATED"}
    assert (figure["kind"], figure["fundingLine"], figure["label"]) == ("OTHER", None, None)
    cite = figure["sources"][0]
    assert (
        report_2024[cite["start"] : cite["end"]]
        == cite["quote"]
        == "另有往来款项85.5万元，性质待核实"
    )
    document = ask(two, "{ documents { id awaitingReview curated } }")["documents"][1]
    assert document == {"id": "document/yiyang-bdc-2024", "awaitingReview": 19, "curated": 2}


def test_a_change_keeps_its_stated_rate_with_its_sign(two):
    (change,) = figures(two, "CHANGE")
    assert (change["amount"]["amount"], change["rate"], change["year"]) == (
        "150000.00",
        "-30",
        None,
    )


def test_a_money_figure_is_found_by_id_slug_or_iri_and_is_not_a_node(two):
    query = """query($id: ID!) { moneyFigure(id: $id) { id iri kind read }
      node(id: $id) { id } }"""
    want = {
        "id": "money-figure/bdc-2024-money-carry-over",
        "iri": f"{BASE}/money-figure/bdc-2024-money-carry-over",
        "kind": "CARRY_OVER",
        "read": True,
    }
    for given in (want["id"], "bdc-2024-money-carry-over", want["iri"]):
        assert ask(two, query, id=given) == {"moneyFigure": want, "node": None}
    assert ask(two, query, id="money-figure/nothing") == {"moneyFigure": None, "node": None}
    assert ask(two, query, id="funding-line/bdc-2024-total-expenditure")["moneyFigure"] is None


def test_money_figures_are_charged_to_the_request_budget(two):
    context = context_for(two)
    query = "{ documents { moneyFigures { id } b: moneyFigures(kind: BUDGET) { id } } }"
    result = graphql_execute(schema._schema, parse(query), context_value=context)
    assert result.errors is None
    assert MAX_OBJECTS - context["budget"].left == 2 + 6 + 2  # documents, all, budgets


# RDF, the store, pages --------------------------------------------------------------------
def test_a_figure_in_rdf_is_stated_money_of_its_kind_linked_to_its_report_and_line(two):
    figure = URIRef(f"{BASE}/money-figure/bdc-2024-money-adjusted-budget")
    graph = two.graph
    assert (figure, RDF.type, GOVKG.MoneyFigure) in graph
    assert graph.value(figure, GOVKG.moneyKind) == Literal("budget")
    assert graph.value(figure, GOVKG.reportedIn) == URIRef(f"{BASE}/document/yiyang-bdc-2024")
    assert graph.value(figure, GOVKG.figureOf) == URIRef(
        f"{BASE}/funding-line/bdc-2024-total-expenditure"
    )
    assert graph.value(figure, GOVKG.read) == Literal(True)
    money = graph.value(figure, SCHEMA.amount)
    assert (money, RDF.type, SCHEMA.MonetaryAmount) in graph
    assert graph.value(money, SCHEMA.value).toPython() == Decimal("44000000.00")
    assert graph.value(money, GOVKG.basis) == GOVKG.Stated
    unread = URIRef(f"{BASE}/money-figure/bdc-2024-money-unread")
    assert graph.value(unread, GOVKG.read) == Literal(False)
    assert graph.value(unread, GOVKG.unreadReason) is not None


def test_figures_read_back_from_a_turtle_file_are_the_same(two, tmp_path):
    path = tmp_path / "two.ttl"
    path.write_bytes(two.graph.serialize(format="turtle", encoding="utf-8"))
    assert figures(govkg.open(path)) == figures(two)


def test_the_figures_iri_resolves_as_a_page_and_as_rdf(two):
    with TestClient(create_app(two)) as client:
        page = client.get("/id/money-figure/bdc-2024-money-unread", headers={"accept": "text/html"})
        turtle = client.get("/id/money-figure/bdc-2024-money-unread?format=ttl")
    assert page.status_code == 200
    assert "85.5万元" in page.text
    assert "往来款项性质待核实" in page.text
    described = Graph().parse(data=turtle.text, format="turtle")
    figure = URIRef(f"{BASE}/money-figure/bdc-2024-money-unread")
    assert described.value(figure, GOVKG.moneyKind) == Literal("other")
    assert described.value(described.value(figure, SCHEMA.amount), SCHEMA.value) is not None


def test_the_bundled_seed_holds_no_money_figures(kg):
    assert list(kg.catalog.money_figures) == []


# the seed ---------------------------------------------------------------------------------
def test_an_amount_in_yi_yuan_is_exact_yuan(two_copy):
    path = two_copy / "report-2024.yaml"
    text = path.read_text(encoding="utf-8")
    old = 'amount: "35"\n    amount_unit: 万元'
    assert text.count(old) == 1
    path.write_text(text.replace(old, 'amount: "0.0035"\n    amount_unit: 亿元'), encoding="utf-8")
    seed = load_seed(two_copy)
    carry = next(f for f in seed.money_figures if f.id == "bdc-2024-money-carry-over")
    assert carry.amount == Decimal("350000.00")


FIGURE_CASES = [
    # (id, pattern, replacement, field, anchor); report-2024.yaml of the two-report seed
    ("bad-kind", r"kind: carry-over$", "kind: leftover", "kind", "+0"),
    ("float-amount", r'amount: "35"$', "amount: 35.5", "amount", "+0"),
    ("negative-amount", r'amount: "35"$', 'amount: "-35"', "amount", "+0"),
    ("amount-out-of-range", r'amount: "35"$', 'amount: "1e400"', "amount", "+0"),
    (
        "finer-than-a-fen",
        r'amount: "85\.5"\n    amount_unit: 万元',
        'amount: "85.505"\n    amount_unit: 元',
        "amount",
        "+0",
    ),
    (
        "unknown-unit",
        r'amount: "85\.5"\n    amount_unit: 万元',
        'amount: "85.5"\n    amount_unit: 万',
        "amount_unit",
        "+1",
    ),
    ("as-written-not-in-quote", r"as_written: 35万元$", "as_written: 36万元", "as_written", "+0"),
    ("as-written-missing", r"    as_written: 35万元\n", "", "as_written", "record"),
    ("read-not-a-boolean", r"read: false$", 'read: "no"', "read", "+0"),
    (
        "unread-without-reason",
        r"read: false\n    reason: 往来款项.*$",
        "read: false",
        "reason",
        "+0",
    ),
    (
        "reason-of-a-read-figure",
        r"label: 年末结转结余资金$",
        "label: 年末结转结余资金\n    reason: 看不懂",
        "reason",
        "+1",
    ),
    (
        "rate-of-a-carry-over",
        r"label: 年末结转结余资金$",
        'label: 年末结转结余资金\n    rate: "5"',
        "rate",
        "+1",
    ),
    ("rate-not-a-number", r'rate: "-30"$', 'rate: "下降三成"', "rate", "+0"),
    (
        "unknown-document",
        r"id: bdc-2024-money-unread\n    document: yiyang-bdc-2024",
        "id: bdc-2024-money-unread\n    document: yiyang-bdc-2025",
        "document",
        "+1",
    ),
    (
        "funding-line-unknown",
        r"funding_line: bdc-2024-project-expenditure$",
        "funding_line: bdc-2024-project",
        "funding_line",
        "+0",
    ),
    (
        "funding-line-of-another-type",
        r"funding_line: bdc-2024-project-expenditure$",
        "funding_line: yiyang-bdc",
        "funding_line",
        "+0",
    ),
    (
        "funding-line-of-another-amount",
        r"funding_line: bdc-2024-project-expenditure$",
        "funding_line: bdc-2024-basic-expenditure",
        "funding_line",
        "+0",
    ),
    (
        "funding-line-of-another-report",
        r"funding_line: bdc-2024-project-expenditure$",
        "funding_line: bdc-2023-project-expenditure",
        "funding_line",
        "+0",
    ),
    (
        "duplicate-id",
        r"^  - id: bdc-2024-money-carry-over$",
        "  - id: bdc-2024-money-total",
        "id",
        "+0",
    ),
    ("unknown-field", r"label: 调整预算$", "label: 调整预算\n    currency: CNY", "currency", "+1"),
    (
        "extracted-without-rule",
        r"    rule: test-money-figure\n(?=    sources:\n      - \{doc: yiyang-bdc-2024, quote: \"年末)",
        "",
        "rule",
        "record",
    ),
    (
        "cites-another-report",
        r"id: bdc-2024-money-unread\n    document: yiyang-bdc-2024",
        "id: bdc-2024-money-unread\n    document: yiyang-bdc-2023",
        "sources",
        "+10",
    ),
    (
        "no-citation",
        r"sources:\n      - \{doc: yiyang-bdc-2024, quote: \"年末结转结余资金35万元\".*$",
        "sources: []",
        "sources",
        "+0",
    ),
]


@pytest.mark.parametrize(
    ("pattern", "replacement", "field", "anchor"),
    [c[1:] for c in FIGURE_CASES],
    ids=[c[0] for c in FIGURE_CASES],
)
def test_a_broken_money_figure_names_file_line_and_field(
    two_copy, capsys, pattern, replacement, field, anchor
):
    line = break_seed(two_copy, "report-2024.yaml", pattern, replacement, anchor)
    assert_named(two_copy, capsys, f"seed/report-2024.yaml:{line}: field '{field}':")


def test_validate_accepts_the_figures(two_seed, capsys):
    assert main(["validate", "--seed", str(two_seed)]) == 0
    assert "yiyang-bdc-2024: 19 of 21 facts extracted" in capsys.readouterr().out


def test_the_shapes_check_money_figures_and_point_at_the_seed(two_seed):
    seed = load_seed(two_seed)
    graph = build_graph(seed)
    assert shacl_problems(graph, seed.origins) == []
    line = next(line for f, (_, line) in seed.origins.items() if f == "bdc-2024-money-unread")
    unread = URIRef(f"{BASE}/money-figure/bdc-2024-money-unread")
    carry = URIRef(f"{BASE}/money-figure/bdc-2024-money-carry-over")
    graph.remove((unread, GOVKG.unreadReason, None))
    graph.set((carry, GOVKG.moneyKind, Literal("leftover")))
    graph.add((carry, GOVKG.changeRate, Literal(Decimal("5"))))
    graph.remove((carry, GOVKG.citation, None))
    money = graph.value(carry, SCHEMA.amount)
    graph.set((money, GOVKG.basis, GOVKG.Derived))
    graph.add((money, GOVKG.method, Literal("made up")))
    problems = "\n".join(shacl_problems(graph, seed.origins))
    assert f"seed/report-2024.yaml:{line}: field '(node)': A money figure not read" in problems
    assert "field 'moneyKind': A money figure needs exactly one govkg:moneyKind" in problems
    assert 'Only a money figure of govkg:moneyKind "change" has a govkg:changeRate' in problems
    assert "field 'citation': Every fact needs at least one govkg:citation" in problems
    assert "field 'amount': A money figure needs exactly one schema:amount" in problems


@pytest.fixture(scope="module")
def report_2024(two_seed) -> str:
    return (two_seed / "sources" / "900_test_fictional_2024.txt").read_text(encoding="utf-8")
