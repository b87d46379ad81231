"""Build vs run: every line typed by the words that say so, sums exact to the fen, never forced."""

from __future__ import annotations

from decimal import Decimal

import pytest

from conftest import ask
from govkg.answers.buildrun import (
    BUILD_WORDS,
    RUN_WORDS,
    build_run,
    classify_line,
    classify_words,
)
from govkg.answers.kg import open_graph

CENTER = "益阳市智慧城市和大数据中心"
CITE = '{doc: yiyang-bdc-2023, quote: "提升工程项目经费1322.14万元", start: 831, end: 848}'

BUILD_RUN = """query($name: String!) { unit(name: $name) { buildRun(year: 2023) {
  year document { id } projectSpending { amount basis }
  build { spendType amount { amount basis method } lines { name } }
  run { amount { amount basis } lines { name } }
  mixed { amount { amount } lines { name } }
  unclassified { amount { amount } lines { name } }
  total { amount } partsOfTotal { spendType amount { amount } } } } }"""


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("提升工程项目经费", "BUILD", ("提升工程",)),
        ("党政互联网升级改造支出", "BUILD", ("改造", "升级")),
        ("电子政务外网运维费", "RUN", ("运维",)),
        ("电子政务运行维护经费", "RUN", ("运行维护",)),  # 维护 inside it is not a second word
        ("机房维护及运行维护", "RUN", ("运行维护", "维护")),  # …but 维护 on its own is
        ("智慧益阳管理中心电费", "RUN", ("电费",)),
        ("机房租赁费", "RUN", ("租赁",)),
        ("两庭建设及装备维护", "MIXED", ("建设", "维护")),
        ("智慧大脑+政务服务费", "UNCLASSIFIED", ()),
        ("雪亮工程项目经费", "UNCLASSIFIED", ()),
        ("", "UNCLASSIFIED", ()),
    ],
)
def test_the_words_decide_and_nothing_else(text, kind, words):
    assert classify_words(text) == (kind, words)


def test_the_bundled_report_splits_as_its_words_say(kg):
    run = ask(kg, BUILD_RUN, name=CENTER)["unit"]["buildRun"]
    assert len(run) == 1
    (year,) = run
    assert year["projectSpending"] == {"amount": "41388600.00", "basis": "STATED"}
    assert year["build"]["spendType"] == "BUILD"
    assert year["build"]["amount"]["amount"] == "13221400.00"
    assert year["build"]["amount"]["basis"] == "DERIVED"
    assert "提升工程项目经费 13,221,400.00" in year["build"]["amount"]["method"]
    assert [line["name"] for line in year["build"]["lines"]] == ["提升工程项目经费"]
    assert year["run"] == {
        "amount": {"amount": "4828500.00", "basis": "DERIVED"},
        "lines": [{"name": "电子政务外网运维费"}, {"name": "智慧益阳管理中心电费"}],
    }
    assert year["mixed"] == {"amount": {"amount": "0.00"}, "lines": []}
    unsettled = [line["name"] for line in year["unclassified"]["lines"]]
    assert "智慧大脑+政务服务费" in unsettled
    assert "其他项目支出" in unsettled  # the derived remainder is counted, and not typed
    parts = [
        Decimal(year[k]["amount"]["amount"]) for k in ("build", "run", "mixed", "unclassified")
    ]
    assert sum(parts) == Decimal(year["projectSpending"]["amount"])
    total = sum(Decimal(p["amount"]["amount"]) for p in year["partsOfTotal"])
    assert total == Decimal(year["total"]["amount"]) == Decimal("44376600.00")


def test_each_line_and_figure_says_what_decided_its_type(kg):
    data = ask(
        kg,
        """{ a: fundingLine(name: "提升工程项目经费") { spendType spendTypeRule spendTypeWords }
             b: fundingLine(name: "智慧大脑+政务服务费") { spendType spendTypeRule spendTypeWords }
}""",
    )
    assert data["a"] == {
        "spendType": "BUILD",
        "spendTypeRule": "BUILD: the line's name 提升工程项目经费 says 提升工程",
        "spendTypeWords": ["提升工程"],
    }
    assert data["b"]["spendType"] == "UNCLASSIFIED"
    assert data["b"]["spendTypeWords"] == []


def test_a_silent_line_takes_the_words_of_what_it_funds_then_of_its_parent(seed_copy):
    funding = seed_copy / "funding.yaml"
    funding.write_text(
        funding.read_text(encoding="utf-8")
        + f"""
  - id: test-silent-line
    name: 测试经费甲
    document: yiyang-bdc-2023
    year: 2023
    unit: yiyang-bdc
    amount: "1"
    amount_unit: 万元
    sources:
      - {CITE}
  - id: test-silent-sub-line
    name: 测试经费乙
    document: yiyang-bdc-2023
    year: 2023
    unit: yiyang-bdc
    parent: bdc-2023-dianzi-zhengwu-waiwang-yunweifei
    amount: "1"
    amount_unit: 万元
    sources:
      - {CITE}
""",
        encoding="utf-8",
    )
    relations = seed_copy / "relations.yaml"
    relations.write_text(
        relations.read_text(encoding="utf-8")
        + f"""
  - type: funds
    from: test-silent-line
    to: xinxing-zhihui-chengshi-tisheng-gongcheng
    sources:
      - {CITE}
""",
        encoding="utf-8",
    )
    catalog = open_graph(seed_copy).catalog
    funded = classify_line(catalog, "funding-line/test-silent-line")
    assert (funded.kind, funded.words) == ("BUILD", ("提升工程",))
    assert funded.rule == "BUILD: what it funds: 新型智慧城市提升工程 says 提升工程"
    sub = classify_line(catalog, "funding-line/test-silent-sub-line")
    assert (sub.kind, sub.words) == ("RUN", ("运维",))
    assert "its parent line 电子政务外网运维费" in sub.rule


@pytest.fixture(scope="module")
def corpus(ingested_corpus_graph):
    """The bundled seed and every real report of the fixtures, ingested as drafts."""
    return ingested_corpus_graph


def test_across_real_reports_the_parts_add_up_to_the_fen(corpus):
    catalog, reports = corpus.catalog, 0
    for unit in catalog.ids_of_kind("unit"):
        for spending in corpus.service.spending(unit):
            split = build_run(catalog, spending)
            if split.project is not None:
                reports += 1
                assert sum(p.amount for p in split.project_parts) == split.project.amount, unit
            if split.total is not None:
                assert sum(p.amount for p in split.total_parts) == split.total.amount, unit
            counted = [piece for part in split.project_parts for piece in part.pieces]
            assert len({(p.line, p.remainder) for p in counted}) == len(counted), unit
    assert reports >= 5


def test_across_real_reports_no_line_is_typed_without_its_words(corpus):
    catalog, typed = corpus.catalog, 0
    for line in catalog.lines:
        found = classify_line(catalog, line)
        if found.kind == "UNCLASSIFIED":
            assert found.words == ()
            assert found.source is None
            continue
        typed += 1
        name = catalog.nodes[found.source].name
        assert all(word in name for word in found.words), (line, found)
        assert classify_words(name)[0] == found.kind
        assert set(found.words) <= set(BUILD_WORDS) | set(RUN_WORDS)
    assert typed >= 5


def test_a_money_figure_takes_its_funding_lines_type(corpus):
    tied = 0
    for document in corpus.catalog.ids_of_kind("document"):
        data = ask(
            corpus,
            """query($id: ID!) { node(id: $id) { ... on Document { moneyFigures {
                 label fundingLine { spendType } spendType spendTypeRule } } } }""",
            id=document,
        )
        for figure in data["node"]["moneyFigures"]:
            if figure["fundingLine"]:
                tied += 1
                assert figure["spendType"] == figure["fundingLine"]["spendType"]
            elif figure["spendType"] != "UNCLASSIFIED":
                assert "the label" in figure["spendTypeRule"]
    assert tied >= 10


def test_the_unit_page_shows_the_split_and_a_line_page_its_type(kg):
    from starlette.testclient import TestClient

    from govkg.app import create_app

    with TestClient(create_app(kg)) as client:
        page = client.get("/id/unit/yiyang-bdc").text
        english = client.get("/id/funding-line/bdc-2023-dianzi-zhengwu-waiwang-yunweifei?lang=en")
    section = page[page.index("<h2>建设与运维</h2>") :]
    assert "2023年项目支出 4,138.86 万元" in section
    assert '<svg class="buildrun"' in section
    for amount in ("1,322.14 万元", "482.85 万元", "2,333.87 万元"):
        assert amount in section
    assert "/export/sankey?focus=unit%2Fyiyang-bdc&amp;year=2023" in section
    assert english.status_code == 200
    assert '<span class="spend spend-run">run</span>' in english.text
