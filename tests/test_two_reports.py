"""Two reports side by side: the bundled 2023 seed plus a fictional 2024 draft of the same
center (tests/fixtures/seed-two-reports, written for these tests), loaded as one seed."""

from __future__ import annotations

import io
import json
import re
import zipfile
from decimal import Decimal
from pathlib import Path

import networkx as nx
import pytest
from graphql import execute as graphql_execute
from graphql import parse
from rdflib import Graph, Literal, URIRef
from starlette.testclient import TestClient

from conftest import ask
from govkg.answers.kg import open_graph
from govkg.api.execute import context_for, schema
from govkg.api.nodes import MAX_OBJECTS
from govkg.app import create_app
from govkg.cli import main
from govkg.core.errors import SeedError
from govkg.exports import Selection, export
from govkg.graph.ontology import GOVKG
from govkg.graph.rdf import build_graph
from govkg.graph.shapes import shacl_problems
from govkg.seed.load import load_seed
from two_reports import combine

NEW_PLATFORM = "platform/chengxiang-moduan-ganzhi-pingtai"
OLD_PLATFORM = "platform/chengxiang-moduan-ganzhi-xitong"


@pytest.fixture(scope="module")
def two_seed(tmp_path_factory) -> Path:
    return combine(tmp_path_factory.mktemp("two") / "seed")


@pytest.fixture(scope="module")
def two(two_seed):
    return open_graph(two_seed)


@pytest.fixture
def two_copy(tmp_path) -> Path:
    return combine(tmp_path / "seed")


def texts(seed: Path) -> dict[str, str]:
    return {d.id: (seed / d.file).read_text(encoding="utf-8") for d in load_seed(seed).documents}


# one node, both names ---------------------------------------------------------------------
def test_a_unit_named_differently_in_two_reports_is_one_node_with_both_names(two, kg):
    query = '{ a: unit(name: "市委政法委") { id aliases sources { document quote } } b: unit(name: "市政法委") { id } units { totalCount } }'
    data = ask(two, query)
    assert data["a"]["id"] == data["b"]["id"] == "unit/shiwei-zhengfawei"
    assert "市政法委" in data["a"]["aliases"]
    assert {s["document"] for s in data["a"]["sources"]} == {"yiyang-bdc-2023", "yiyang-bdc-2024"}
    assert data["units"]["totalCount"] == ask(kg, "{ units { totalCount } }")["units"]["totalCount"]


def test_a_mention_by_a_name_already_known_adds_only_the_citation(two):
    unit = ask(two, '{ unit(name: "益阳市大数据中心") { aliases sources { document } } }')["unit"]
    assert unit["aliases"].count("益阳市大数据中心") == 1
    assert "yiyang-bdc-2024" in {s["document"] for s in unit["sources"]}


def test_a_mention_keeps_its_own_provenance_in_rdf(two):
    mentions = list(
        two.graph.subjects(GOVKG.mentionOf, URIRef(two.catalog.nodes["unit/shiwei-zhengfawei"].iri))
    )
    assert len(mentions) == 1
    assert two.graph.value(mentions[0], GOVKG.provenance) == Literal("extracted")
    assert two.graph.value(mentions[0], GOVKG.extractionRule) == Literal("test-unit-name-match")
    assert two.graph.value(mentions[0], GOVKG.asWritten) == Literal("市政法委", lang="zh")


# spending across reports ------------------------------------------------------------------
SPENDING = """
query($year: Int) { unit(name: "市大数据中心") { spending(year: $year) {
  year document { id fiscalYear issuer { id } }
  total { amount { amount basis method } budget { amount basis } lines { id } }
  basic { amount { amount basis } } personnel { amount { amount } } public { amount { amount } }
  project { amount { amount basis } budget { amount basis } } other { amount { amount } }
  totals { category } rootLines { id } sources { document quote }
} } }
"""


def test_a_units_spending_across_2023_and_2024(two):
    spending = ask(two, SPENDING)["unit"]["spending"]
    assert [s["year"] for s in spending] == [2023, 2024]
    old, new = spending
    assert old["document"]["id"] == "document/yiyang-bdc-2023"
    assert old["total"]["amount"]["amount"] == "44376600.00"
    assert old["total"]["amount"]["basis"] == "DERIVED"
    assert old["total"]["amount"]["method"].startswith("derived: sum of 4 lines")
    assert old["total"]["budget"] is None
    assert old["project"]["amount"] == {"amount": "41388600.00", "basis": "STATED"}
    assert new["document"] == {
        "id": "document/yiyang-bdc-2024",
        "fiscalYear": 2024,
        "issuer": {"id": "unit/yiyang-bdc"},
    }
    assert new["total"]["amount"]["amount"] == "45000000.00"
    assert new["total"]["amount"]["basis"] == "STATED"
    assert new["total"]["budget"] == {"amount": "44000000.00", "basis": "STATED"}
    assert new["project"]["budget"]["amount"] == "40000000.00"
    # the project lines under 项目支出 are inside it, not added again
    assert new["project"]["amount"]["amount"] == "41000000.00"
    assert new["personnel"]["amount"]["amount"] == "2400000.00"
    assert new["other"] is None
    assert [t["category"] for t in new["totals"]] == [
        "total",
        "basic",
        "personnel",
        "public",
        "project",
    ]
    assert new["rootLines"] == [{"id": "funding-line/bdc-2024-total-expenditure"}]
    assert {s["document"] for s in new["sources"]} == {"yiyang-bdc-2024"}


def test_spending_of_one_year(two):
    spending = ask(two, SPENDING, year=2024)["unit"]["spending"]
    assert [s["year"] for s in spending] == [2024]
    assert ask(two, SPENDING, year=2022)["unit"]["spending"] == []


def test_several_lines_of_one_category_add_up_as_derived(two_copy):
    funding = two_copy / "report-2024.yaml"
    text = funding.read_text(encoding="utf-8")
    # the 一网统管 line becomes a root of its own, so two project lines are topmost
    text = text.replace(
        '    parent: bdc-2024-project-expenditure\n    category: project\n    amount: "900"',
        '    category: project\n    amount: "900"',
    )
    text = text.replace("    share_of: bdc-2024-total-expenditure\n", "")
    funding.write_text(text, encoding="utf-8")
    spending = ask(open_graph(two_copy), SPENDING, year=2024)["unit"]["spending"][0]
    project = spending["project"]
    assert project["amount"]["amount"] == "50000000.00"
    assert project["amount"]["basis"] == "DERIVED"
    assert project["budget"] == {"amount": "50000000.00", "basis": "DERIVED"}
    assert len(spending["rootLines"]) == 2


COMPARE = """
query($names: [String!]!, $year: Int, $category: String) {
  compareUnits(names: $names, year: $year, category: $category) {
    name unit { id name } spending { year totals { category amount { amount } } }
  }
}
"""


def test_compare_units_side_by_side(two):
    rows = ask(two, COMPARE, names=["益阳市大数据中心", "市政法委"], year=2024)["compareUnits"]
    assert [(r["name"], r["unit"]["id"]) for r in rows] == [
        ("益阳市大数据中心", "unit/yiyang-bdc"),
        ("市政法委", "unit/shiwei-zhengfawei"),
    ]
    assert rows[0]["spending"][0]["totals"][0] == {
        "category": "total",
        "amount": {"amount": "45000000.00"},
    }
    assert rows[1]["spending"] == [
        {"year": 2024, "totals": [{"category": "project", "amount": {"amount": "1200000.00"}}]}
    ]


def test_compare_units_of_one_category_across_years(two):
    rows = ask(two, COMPARE, names=["市大数据中心", "市委政法委"], category="basic")["compareUnits"]
    center = rows[0]["spending"]
    assert [(s["year"], s["totals"]) for s in center] == [
        (2023, [{"category": "basic", "amount": {"amount": "2988000.00"}}]),
        (2024, [{"category": "basic", "amount": {"amount": "3000000.00"}}]),
    ]
    assert rows[1]["spending"] == []  # the commission's report gives no basic expenditure


@pytest.mark.parametrize(
    ("variables", "named"),
    [
        ({"names": ["市大数据中心", "不存在的单位"]}, "'不存在的单位'"),
        ({"names": ["市大数据中心"], "category": "travel"}, "'travel'"),
    ],
)
def test_compare_units_names_what_it_does_not_know(two, variables, named):
    response = two.query(COMPARE, variables)
    assert response["data"] is None
    message = response["errors"][0]["message"]
    assert named in message
    assert "Internal error" not in message


def test_spending_lists_are_charged_to_the_request_budget(two):
    query = '{ unit(name: "市大数据中心") { spending { rootLines { id } totals { lines { id } } } } compareUnits(names: ["市政法委"]) { spending { totals { category } } } }'
    context = context_for(two)
    result = graphql_execute(schema._schema, parse(query), context_value=context)
    assert result.errors is None
    spending = result.data["unit"]["spending"]
    compared = result.data["compareUnits"]
    expected = (
        len(spending)
        + sum(len(s["rootLines"]) + len(s["totals"]) for s in spending)
        + sum(len(t["lines"]) for s in spending for t in s["totals"])
        + len(compared)
        + len(compared[0]["spending"])
        + len(compared[0]["spending"][0]["totals"])
    )
    assert expected > 20
    assert MAX_OBJECTS - context["budget"].left == expected


# findings ---------------------------------------------------------------------------------
FINDINGS = (
    "{ findings { id code severity message subjects { id } sources { document quote start end } } }"
)


@pytest.fixture(scope="module")
def findings(two):
    return ask(two, FINDINGS)["findings"]


def codes(findings, code: str) -> dict[str, dict]:
    return {f["id"]: f for f in findings if f["code"] == code}


def test_every_finding_cites_its_sentences_verbatim(findings, two_seed):
    stored = texts(two_seed)
    for finding in findings:
        assert finding["sources"], finding["id"]
        for s in finding["sources"]:
            assert stored[s["document"]][s["start"] : s["end"]] == s["quote"]


def test_executed_amounts_over_their_stated_budget(findings):
    over = codes(findings, "EXECUTED_OVER_BUDGET")
    assert set(over) == {
        "over-budget/funding-line/bdc-2024-total-expenditure",
        "over-budget/funding-line/bdc-2024-project-expenditure",
    }  # 一网统管运维费 900万元 stays within its budget of 1000万元
    total = over["over-budget/funding-line/bdc-2024-total-expenditure"]
    assert total["severity"] == "WARNING"
    assert "45,000,000.00" in total["message"]
    assert "44,000,000.00" in total["message"]
    assert any("调整预算4400万元" in s["quote"] for s in total["sources"])


def test_shares_are_checked_against_what_they_are_a_share_of(findings, two):
    mismatches = codes(findings, "SHARE_MISMATCH")
    # 1200 / 4100 = 29.27%, stated 30%; 900 is 20% of the total (share_of), not of 4100
    assert set(mismatches) == {"share-mismatch/funding-line/bdc-2024-zhihui-danao-yunweifei"}
    line = ask(
        two,
        '{ fundingLine(name: "一网统管运维费") { statedShare computedShare shareOf { id } parent { id } } }',
    )["fundingLine"]
    assert line == {
        "statedShare": "20",
        "computedShare": "20.00",
        "shareOf": {"id": "funding-line/bdc-2024-total-expenditure"},
        "parent": {"id": "funding-line/bdc-2024-project-expenditure"},
    }


def test_parts_that_do_not_add_up_are_found_in_every_report(findings):
    short = codes(findings, "PARTS_SHORT_OF_TOTAL")
    assert "parts-short-of-total/funding-line/bdc-2024-total-expenditure" in short
    assert "unitemised-remainder/funding-line/bdc-2023-project-expenditure" in codes(
        findings, "UNITEMISED_REMAINDER"
    )
    documents = {s["document"] for f in short.values() for s in f["sources"]}
    assert documents == {"yiyang-bdc-2024"}


def test_a_doubtful_match_is_a_warning_citing_both_nodes(findings, two):
    same = codes(findings, "POSSIBLY_SAME_AS")
    assert list(same) == [f"possibly-same-as/{NEW_PLATFORM}/{OLD_PLATFORM}"]
    finding = same[f"possibly-same-as/{NEW_PLATFORM}/{OLD_PLATFORM}"]
    assert finding["severity"] == "WARNING"
    assert {s["id"] for s in finding["subjects"]} == {NEW_PLATFORM, OLD_PLATFORM}
    assert {s["document"] for s in finding["sources"]} == {"yiyang-bdc-2023", "yiyang-bdc-2024"}
    assert "did not merge" in finding["message"]
    assert "mention" in finding["message"]
    assert "removes possibly_same_as" in finding["message"]
    both = ask(
        two,
        f'{{ a: node(id: "{OLD_PLATFORM}") {{ possiblySameAs {{ id }} }} b: node(id: "{NEW_PLATFORM}") {{ possiblySameAs {{ id }} }} }}',
    )
    assert both == {
        "a": {"possiblySameAs": [{"id": NEW_PLATFORM}]},
        "b": {"possiblySameAs": [{"id": OLD_PLATFORM}]},
    }


def test_the_doubtful_link_is_not_a_path(two):
    assert OLD_PLATFORM not in {n.id for n in two.service.neighbours(NEW_PLATFORM, 1)}


# provenance -------------------------------------------------------------------------------
PROVENANCE = """
{
  platform(name: "城乡末端感知平台") { provenance extractionRule links { type provenance extractionRule } }
  fundingLine(name: "一网统管运维费") { provenance extractionRule budget { amount basis } budgetAsWritten }
  indicators(first: 100) { nodes { id provenance extractionRule } }
  events(first: 100) { nodes { id provenance extractionRule } }
  feeds(platform: "一网统管", first: 1) { nodes { provenance extractionRule } }
  documents { id provenance extractionRule issuer { id } fiscalYear date awaitingReview curated }
}
"""


def test_provenance_and_extraction_rule_in_graphql(two):
    data = ask(two, PROVENANCE)
    assert data["platform"]["provenance"] == "extracted"
    assert data["platform"]["extractionRule"] == "test-system-name"
    assert data["platform"]["links"] == [
        {"type": "owns", "provenance": "extracted", "extractionRule": "test-owner-prefix"}
    ]
    assert data["fundingLine"] == {
        "provenance": "extracted",
        "extractionRule": "test-share-line",
        "budget": {"amount": "10000000.00", "basis": "STATED"},
        "budgetAsWritten": "1000万元",
    }
    indicator = {i["id"]: i for i in data["indicators"]["nodes"]}
    assert indicator["indicator/bdc-2024-yiwangtongguan-units"]["extractionRule"] == "test-count"
    event = {e["id"]: e for e in data["events"]["nodes"]}
    assert event["event/yiwangtongguan-phase-2-acceptance"]["extractionRule"] == "test-dated-event"
    assert data["feeds"]["nodes"] == [{"provenance": "curated", "extractionRule": None}]
    documents = {d["id"]: d for d in data["documents"]}
    assert documents["document/yiyang-bdc-2024"] == {
        "id": "document/yiyang-bdc-2024",
        "provenance": "curated",
        "extractionRule": None,
        "issuer": {"id": "unit/yiyang-bdc"},
        "fiscalYear": 2024,
        "date": "2025-03-15",
        "awaitingReview": 19,  # 13 records and 6 money figures, extracted
        "curated": 2,
    }
    old = documents["document/yiyang-bdc-2023"]
    assert old["awaitingReview"] == 0
    assert (
        old["curated"] == ask(open_graph(), "{ documents { curated } }")["documents"][0]["curated"]
    )


def test_validate_reports_what_awaits_review_and_exits_0(two_seed, capsys):
    assert main(["validate", "--seed", str(two_seed)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith(
        "valid (2 documents, 115 entities, 24 funding lines, 72 indicators, "
        "18 events, 107 relations, 2 mentions, 6 money figures)"
    )
    assert out[1:] == ["yiyang-bdc-2024: 19 of 21 facts extracted, awaiting review"]


def test_validate_of_a_curated_seed_says_nothing_more(capsys):
    assert main(["validate"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1


# exports ----------------------------------------------------------------------------------
FOCUS = Selection(focus=NEW_PLATFORM, depth=1)


def test_graphml_and_gexf_carry_provenance_and_rule(two):
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        graph = read(io.BytesIO(export(two, fmt, FOCUS)))
        node = graph.nodes[NEW_PLATFORM]
        assert (node["provenance"], node["extraction_rule"]) == ("extracted", "test-system-name"), (
            fmt
        )
        owns = [d for _, _, d in graph.edges(data=True) if d.get("relation") == "owns"]
        assert owns[0]["provenance"] == "extracted"
        assert owns[0]["extraction_rule"] == "test-owner-prefix"
        curated = graph.nodes["unit/shiwei-zhengfawei"]
        assert (curated["provenance"], curated.get("extraction_rule", "")) == ("curated", "")


def test_cytoscape_and_csv_carry_provenance_and_rule(two):
    elements = json.loads(export(two, "cytoscape", FOCUS))["elements"]
    node = next(n["data"] for n in elements["nodes"] if n["data"]["id"] == NEW_PLATFORM)
    assert node["extraction_rule"] == "test-system-name"
    edge = next(e["data"] for e in elements["edges"] if e["data"]["relation"] == "owns")
    assert (edge["provenance"], edge["extraction_rule"]) == ("extracted", "test-owner-prefix")
    tables = zipfile.ZipFile(io.BytesIO(export(two, "csv", Selection(focus="一网统管运维费"))))
    nodes = tables.read("nodes.csv").decode("utf-8-sig")
    assert "extraction_rule" in nodes.splitlines()[0]
    assert "test-share-line" in nodes
    assert "10000000.00" in nodes  # the budget


def test_rdf_carries_the_rule_budget_and_mentions(two):
    graph = Graph().parse(
        data=export(two, "turtle", Selection(focus="市政法委", depth=1)), format="turtle"
    )
    unit = URIRef(two.catalog.nodes["unit/shiwei-zhengfawei"].iri)
    assert any(graph.subjects(GOVKG.mentionOf, unit))
    assert (
        URIRef(two.catalog.nodes[NEW_PLATFORM].iri),
        GOVKG.extractionRule,
        Literal("test-system-name"),
    ) in graph
    line = Graph().parse(
        data=export(two, "nt", Selection(focus="一网统管运维费", depth=0)), format="nt"
    )
    budget = next(line.objects(None, GOVKG.budget))
    value = next(line.objects(budget, URIRef("https://schema.org/value")))
    assert Decimal(str(value)) == Decimal("10000000")


# bad records ------------------------------------------------------------------------------
def break_draft(seed: Path, pattern: str, replacement: str) -> int:
    """Edit the 2024 YAML of a copy; return the line of the edit."""
    path = seed / "report-2024.yaml"
    text = path.read_text(encoding="utf-8")
    match = re.search(pattern, text, flags=re.MULTILINE)
    assert match, pattern
    path.write_text(text[: match.start()] + replacement + text[match.end() :], encoding="utf-8")
    return text[: match.start()].count("\n") + 1


@pytest.mark.parametrize(
    ("pattern", "replacement", "field", "says"),
    [
        (r"entity: shiwei-zhengfawei$", "entity: shiwei-zhengfawei-x", "entity", "unknown entity"),
        (
            r"entity: shiwei-zhengfawei$",
            "entity: bdc-2024-basic-expenditure",
            "entity",
            "unknown entity",
        ),
        (
            r"share_of: bdc-2024-total-expenditure$",
            "share_of: bdc-2024-nothing",
            "share_of",
            "unknown id",
        ),
        (
            r"share_of: bdc-2024-total-expenditure$",
            "share_of: bdc-2023-project-expenditure",
            "share_of",
            "same document",
        ),
        (r'budget: "4400"$', 'budget: "四千四百"', "budget", "not a decimal"),
        (r'budget: "4400"$', "budget: 4400.5", "budget", "quoted string"),
        (
            r"budget_as_written: 4400万元$",
            "budget_as_written: 4300万元",
            "budget_as_written",
            "does not occur",
        ),
        (
            r"possibly_same_as: \[chengxiang-moduan-ganzhi-xitong\]",
            "possibly_same_as: [shiwei-zhengfawei]",
            "possibly_same_as",
            "expected platform",
        ),
        (r"name: 市政法委$", "name: 市纪委", "name", "does not occur"),
        (
            r"    provenance: extracted\n    rule: test-system-name$",
            "    rule: test-system-name",
            "rule",
            "a curated one has none",
        ),
    ],
    ids=[
        "mention-unknown",
        "mention-not-an-entity",
        "share-of-unknown",
        "share-of-other-report",
        "budget-not-decimal",
        "budget-float",
        "budget-as-written",
        "possibly-same-other-kind",
        "mention-name-not-in-quote",
        "rule-on-a-curated-record",
    ],
)
def test_bad_records_are_named_by_file_line_and_field(
    two_copy, capsys, pattern, replacement, field, says
):
    line = break_draft(two_copy, pattern, replacement)
    with pytest.raises(SeedError) as caught:
        load_seed(two_copy)
    expected = f"seed/report-2024.yaml:{line}: field '{field}':"
    messages = [str(p) for p in caught.value.problems]
    assert any(m.startswith(expected) and says in m for m in messages), messages
    assert main(["validate", "--seed", str(two_copy)]) == 1
    out, err = capsys.readouterr()
    assert expected in out
    assert "Traceback" not in out + err


def test_budget_amounts_are_exact(two):
    line = two.catalog.lines["funding-line/bdc-2024-total-expenditure"]
    assert (line.amount, line.budget) == (Decimal("45000000.00"), Decimal("44000000.00"))


def test_pages_show_the_rule_budget_and_what_awaits_review(two):
    with TestClient(create_app(two)) as client:
        html, english = {"accept": "text/html"}, {"lang": "en"}
        document = client.get("/id/document/yiyang-bdc-2024", headers=html, params=english)
        platform = client.get(f"/id/{NEW_PLATFORM}", headers=html, params=english)
        line = client.get(
            "/id/funding-line/bdc-2024-yiwangtongguan-yunweifei", headers=html, params=english
        )
    assert "2 curated, 19 extracted (awaiting review)" in document.text
    assert "<th>extraction rule</th><td>test-system-name</td>" in platform.text
    assert "10,000,000.00" in line.text
    assert "1000万元" in line.text


def test_the_shapes_check_mentions_budgets_and_doubtful_links(two_seed):
    seed = load_seed(two_seed)
    graph = build_graph(seed)
    assert shacl_problems(graph, seed.origins) == []
    mention = next(graph.subjects(GOVKG.mentionOf, None))
    graph.remove((mention, GOVKG.mentionOf, None))
    line = URIRef("https://govkg.org/id/funding-line/bdc-2024-total-expenditure")
    graph.add((line, GOVKG.budget, Literal("4400")))
    platform = URIRef(f"https://govkg.org/id/{NEW_PLATFORM}")
    graph.add((platform, GOVKG.possiblySameAs, line))
    problems = "\n".join(shacl_problems(graph, seed.origins))
    assert "seed/report-2024.yaml" in problems
    assert "A mention needs exactly one govkg:mentionOf" in problems
    assert "at most one stated govkg:budget, a schema:MonetaryAmount" in problems
    assert "govkg:possiblySameAs points to another entity" in problems
