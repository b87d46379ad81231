"""Money flows of a unit's year add up: every node passes on exactly what it receives, to the
fen, by the documented allocation rule, on the bundled seed and on real reports ingested."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from conftest import copy_of
from govkg.answers.costs import allocate_platform
from govkg.answers.kg import open_graph
from govkg.answers.moneyflow import (
    FEEDS,
    LINES,
    MoneyFlow,
    line_trees,
    money_flows,
    money_views,
    unit_years,
    wan,
)
from govkg.core.errors import QueryError
from govkg.core.money import split_evenly
from govkg.ingest.document.report import Given
from govkg.ingest.write import ingest
from two_reports import add_report_2024, combine

UNIT = "unit/yiyang-bdc"
UPGRADE = "funding-line/bdc-2023-tisheng-gongcheng-jingfei"
PROJECT = "project/xinxing-zhihui-chengshi-tisheng-gongcheng"
YIWANGTONGGUAN = "platform/yiwangtongguan"
REAL = Path(__file__).with_name("fixtures") / "real-reports"
CITE = '{doc: yiyang-bdc-2023, quote: "提升工程项目经费1322.14万元", start: 831, end: 848}'


def assert_adds_up(flow: MoneyFlow) -> None:
    """Each node's outflow is its inflow (a line's: its amount), exactly; no flow is empty."""
    for node in flow.nodes:
        out = [f for f in flow.flows if f.source == node.id]
        if node.column == LINES:
            assert flow.inflow(node.id) == 0
            assert not out or flow.outflow(node.id) == node.amount, node
        else:
            assert node.amount == flow.inflow(node.id) > 0, node
            assert not out or flow.outflow(node.id) == node.amount, node
    for f in flow.flows:
        assert f.amount > 0
        assert f.amount == f.amount.quantize(Decimal("0.01"))
        assert flow.node(f.target).column > flow.node(f.source).column
        assert f.method
        assert f.lines


@pytest.fixture(scope="module")
def seed_flow(kg) -> MoneyFlow:
    (flow,) = money_flows(kg.catalog, UNIT)
    return flow


def test_the_seed_shows_the_centres_2023_report(kg, seed_flow):
    assert money_views(kg.catalog, None, None) == [(UNIT, 2023)]
    assert (seed_flow.year, seed_flow.document) == (2023, "document/yiyang-bdc-2023")
    assert seed_flow.unit_name == "益阳市智慧城市和大数据中心"


def test_every_node_of_the_seed_passes_on_exactly_what_it_receives(seed_flow):
    assert_adds_up(seed_flow)
    assert len(seed_flow.flows) == 20


def test_the_upgrade_lines_1322_14_wan_go_whole_to_its_project_then_to_six_systems(seed_flow):
    line = seed_flow.node(UPGRADE)
    assert (line.name, line.amount, wan(line.amount)) == (
        "提升工程项目经费", Decimal("13221400.00"), "1,322.14万元",
    )  # fmt: skip
    (whole,) = [f for f in seed_flow.flows if f.source == UPGRADE]
    assert (whole.target, whole.amount, whole.basis) == (PROJECT, Decimal("13221400.00"), "STATED")
    assert seed_flow.node(PROJECT).name == "新型智慧城市提升工程"
    systems = sorted((f for f in seed_flow.flows if f.source == PROJECT), key=lambda f: f.target)
    assert [f.amount for f in systems] == split_evenly(Decimal("13221400.00"), 6)
    assert {f.basis for f in systems} == {"ALLOCATED"}
    assert sum(f.amount for f in systems) == Decimal("13221400.00")
    assert {seed_flow.node(f.target).name for f in systems} >= {"一网统管", "融合通信平台"}
    feeds = [f for f in seed_flow.flows if f.source == YIWANGTONGGUAN]
    assert sorted(f.amount for f in feeds) == sorted(split_evenly(Decimal("2203566.66"), 4))
    assert {seed_flow.node(f.target).column for f in feeds} == {FEEDS}
    assert "益村（市委组织部）" in {seed_flow.node(f.target).name for f in feeds}


def test_feed_flows_are_the_allocation_rules_own_shares(kg, seed_flow):
    for system in {f.source for f in seed_flow.flows if seed_flow.node(f.target).column == FEEDS}:
        costs = allocate_platform(kg.catalog, system)
        for link_id, allocations in costs.feeds.items():
            (flow,) = [f for f in seed_flow.flows if (f.source, f.target) == (system, link_id)]
            assert flow.amount == sum(a.amount for a in allocations)
            assert flow.method == allocations[0].method


def test_a_flow_is_stated_only_when_a_line_funds_one_thing_with_all_of_it(seed_flow):
    for f in seed_flow.flows:
        source = seed_flow.node(f.source)
        whole = source.column == LINES and [g.source for g in seed_flow.flows].count(f.source) == 1
        assert f.basis == ("STATED" if whole and f.amount == source.amount else "ALLOCATED"), f
        assert f.method.startswith("stated:" if f.basis == "STATED" else "equal split:")
    stated = {f.source for f in seed_flow.flows if f.basis == "STATED"}
    assert len(stated) == 5  # the five lines whose names say what they pay for


@pytest.mark.parametrize(
    "name", ["人员经费", "公用经费", "智慧大脑+政务服务费", "其他项目支出", "政府性基金预算支出"]
)
def test_lines_that_fund_nothing_stated_have_no_band(seed_flow, name):
    (line,) = [n for n in seed_flow.nodes if n.name == name]
    assert line.column == LINES
    assert not [f for f in seed_flow.flows if line.id in (f.source, f.target)]


def test_only_leaf_lines_are_sources(kg, seed_flow):
    lines = {n.id for n in seed_flow.nodes if n.column == LINES}
    assert "funding-line/bdc-2023-project-expenditure" not in lines  # it has sub-lines
    assert "funding-line/bdc-2023-total-expenditure" not in lines
    assert not [n for n in seed_flow.nodes if n.kind == "remainder"]  # they all add up
    assert len(lines) == 12


@pytest.mark.parametrize(
    ("focus", "year", "views"),
    [
        (UNIT, None, [(UNIT, 2023)]),
        (UNIT, 2023, [(UNIT, 2023)]),
        (UPGRADE, None, [(UNIT, 2023)]),
        (YIWANGTONGGUAN, None, [(UNIT, 2023)]),
        (PROJECT, None, [(UNIT, 2023)]),
    ],
    ids=["unit", "unit-year", "line", "system", "project"],
)
def test_a_focus_shows_the_units_that_pay_for_it(kg, focus, year, views):
    assert money_views(kg.catalog, focus, year) == views


@pytest.mark.parametrize(
    ("focus", "year", "message"),
    [
        (UNIT, 2019, "no funding lines in 2019 (years: 2023)"),
        ("unit/shiwei-zuzhibu", None, "has no funding lines"),
        ("document/yiyang-bdc-2023", None, "needs a unit as focus"),
        ("platform/yicun", None, "no funding line pays for"),
        ("unit/nowhere", None, "no node"),
    ],
    ids=["no-such-year", "unit-without-lines", "document", "unpaid-system", "unknown"],
)
def test_what_has_no_money_picture_is_a_query_error(kg, focus, year, message):
    with pytest.raises(QueryError, match=message.replace("(", r"\(").replace(")", r"\)")):
        money_views(kg.catalog, focus, year)


def test_the_whole_graph_is_refused_past_the_picture_limit(kg, monkeypatch):
    monkeypatch.setattr("govkg.answers.moneyviews.MAX_VIEWS", 0)
    with pytest.raises(QueryError, match="choose a unit as focus"):
        money_views(kg.catalog, None, None)


# a second year, remainders, a line split over several things ------------------------------
@pytest.fixture(scope="module")
def two_years(tmp_path_factory):
    return open_graph(combine(tmp_path_factory.mktemp("two") / "seed"))


def test_the_latest_year_is_the_default_and_a_year_can_be_chosen(two_years):
    catalog = two_years.catalog
    assert unit_years(catalog, UNIT) == [2023, 2024]
    assert money_views(catalog, UNIT, None) == [(UNIT, 2024)]
    (latest,) = money_flows(catalog, UNIT)
    (earlier,) = money_flows(catalog, UNIT, 2023)
    assert latest.year == 2024
    assert earlier.year == 2023
    assert UPGRADE in {n.id for n in earlier.nodes}
    assert UPGRADE not in {n.id for n in latest.nodes}
    assert_adds_up(latest)
    assert_adds_up(earlier)


def test_a_parent_keeps_what_its_sub_lines_leave_unitemised_as_a_band(two_years):
    (flow,) = money_flows(two_years.catalog, UNIT, 2024)
    rest = {n.id: n for n in flow.nodes if n.kind == "remainder"}
    total = rest["funding-line/bdc-2024-total-expenditure#remainder"]
    assert total.amount == Decimal("1000000.00")  # 4500 - (300 + 4100) 万元
    assert total.name == "2024年度部门整体支出（未细分部分）"
    assert total.basis == "DERIVED"
    assert "does not itemise" in total.method
    projects = rest["funding-line/bdc-2024-project-expenditure#remainder"]
    assert projects.amount == Decimal("20000000.00")  # 4100 - (900 + 1200) 万元
    assert not [f for f in flow.flows if f.source in rest]


def test_a_line_split_over_three_things_adds_up_through_every_route(seed_copy):
    """A line funding a project, a system that project also delivers, and a project that
    delivers nothing: the system is reached twice, and allocate_platform agrees."""
    line = "test-line-split"
    with (seed_copy / "funding.yaml").open("a", encoding="utf-8") as out:
        out.write(f"""
  - id: {line}
    name: 测试分摊经费
    document: yiyang-bdc-2023
    year: 2023
    unit: yiyang-bdc
    amount: "100"
    amount_unit: 万元
    sources:
      - {CITE}
""")
    with (seed_copy / "relations.yaml").open("a", encoding="utf-8") as out:
        for target in ("xinxing-zhihui-chengshi-tisheng-gongcheng", "yiwangtongguan",
                       "xueliang-gongcheng"):  # fmt: skip
            out.write(f"""
  - type: funds
    from: {line}
    to: {target}
    sources:
      - {CITE}
""")
    kg = open_graph(seed_copy)
    (flow,) = money_flows(kg.catalog, UNIT, 2023)
    assert_adds_up(flow)
    mine = {f.target: f for f in flow.flows if f.source == f"funding-line/{line}"}
    assert {t: f.amount for t, f in mine.items()} == {
        YIWANGTONGGUAN: Decimal("333333.34"),
        PROJECT: Decimal("333333.33"),
        "project/xueliang-gongcheng": Decimal("333333.33"),
    }
    assert {f.basis for f in mine.values()} == {"ALLOCATED"}
    into = flow.inflow(YIWANGTONGGUAN)
    given = sum(a.amount for a in allocate_platform(kg.catalog, YIWANGTONGGUAN).platform)
    assert into == given
    assert into == Decimal("333333.34") + Decimal("2203566.66") + Decimal("55555.55")


# real reports, ingested as a user would ----------------------------------------------------
@pytest.fixture(scope="module")
def corpus(ingested_corpus, tmp_path_factory):
    """The bundled seed with every real text of the corpus ingested (the run's shared copy),
    the fictional 2024 report added, and the 沙坪坝 2022 report filed under 荷塘's women's
    federation too, which then has two 2022 reports (the 许昌 one filed there before states
    no spending line since its 46万元 are read as money not spent: lines/unspent)."""
    seed = add_report_2024(copy_of(ingested_corpus, tmp_path_factory.mktemp("corpus") / "seed"))
    copy = tmp_path_factory.mktemp("copy") / "shapingba-as-fulian.txt"
    shutil.copy(REAL / "38_shapingba-bigdata-service-center-2022.txt", copy)
    copy.write_text(copy.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    ingest(copy, seed, given=Given(unit="株洲市荷塘区妇女联合会"), as_new=True)
    return open_graph(seed)


def test_flows_add_up_on_every_unit_year_of_ingested_reports(corpus):
    catalog = corpus.catalog
    units = sorted({catalog.lines[i].unit for i in catalog.lines if catalog.lines[i].unit})
    views = [(unit, year) for unit in units for year in unit_years(catalog, unit)]
    assert len(views) >= 20
    reports = 0
    for unit, year in views:
        for flow in money_flows(catalog, unit, year):
            reports += 1
            assert_adds_up(flow)
            for node in flow.nodes:
                if node.kind == "remainder":
                    parent = catalog.lines[node.id.removesuffix("#remainder")]
                    kids = [catalog.lines[i] for i in catalog.lines
                            if catalog.lines[i].parent == parent.id]  # fmt: skip
                    assert node.amount == parent.amount - sum(k.amount for k in kids) > 0
    assert reports > len(views)  # a unit-year of two reports is two pictures


def test_treemaps_nest_the_lines_and_flag_sub_lines_that_exceed_their_line(corpus):
    catalog, seen = corpus.catalog, {"excess": 0, "remainder": 0}

    def check(tile) -> None:
        stated = sum((k.amount for k in tile.children), Decimal(0))
        assert tile.area == max(tile.amount, sum((k.area for k in tile.children), Decimal(0)))
        if tile.children:
            assert tile.amount - tile.remainder + tile.excess == stated
        seen["excess"] += tile.excess > 0
        seen["remainder"] += tile.remainder > 0
        for kid in tile.children:
            assert catalog.lines[kid.id].parent == tile.id
            check(kid)

    for unit in sorted({catalog.lines[i].unit for i in catalog.lines}):
        for year in unit_years(catalog, unit):
            for tree in line_trees(catalog, unit, year):
                for root in tree.roots:
                    check(root)
    assert seen["remainder"]


def test_a_sub_line_that_exceeds_its_line_is_flagged_not_hidden(seed_copy):
    """A seed may hold sub-lines that add up to more than their line (a report's own slip,
    curated as stated): the treemap draws the excess instead of shrinking either."""
    funding = seed_copy / "funding.yaml"
    funding.write_text(
        funding.read_text(encoding="utf-8")
        + """
  - id: test-sub-line-over
    name: 测试超额子项
    document: yiyang-bdc-2023
    year: 2023
    unit: yiyang-bdc
    parent: bdc-2023-dianzi-zhengwu-waiwang-yunweifei
    amount: "200"
    amount_unit: 万元
    sources:
      - {doc: yiyang-bdc-2023, quote: "电子政务外网运维费179.85万元", start: 859, end: 876}
""",
        encoding="utf-8",
    )
    catalog = open_graph(seed_copy).catalog
    (tree,) = line_trees(catalog, UNIT)
    found = []

    def walk(tile) -> None:
        if tile.excess > 0:
            found.append((tile.name, tile.excess))
        for kid in tile.children:
            walk(kid)

    for root in tree.roots:
        walk(root)
    assert ("电子政务外网运维费", Decimal("201500.00")) in found


def test_the_seed_treemap_is_the_reports_lines_nested(kg):
    (tree,) = line_trees(kg.catalog, UNIT)
    (root,) = tree.roots
    assert (root.name, root.amount, root.category) == (
        "2023年度部门（单位）整体支出", Decimal("44376600.00"), "total",
    )  # fmt: skip
    budget = root.children[0]
    assert budget.name == "一般公共预算支出"
    project = next(t for t in budget.children if t.category == "project")
    assert project.amount == Decimal("41388600.00")
    assert sum(t.amount for t in project.children) == project.amount
    assert (project.remainder, project.excess) == (0, 0)
    assert [t.name for t in project.children][:2] == ["智慧大脑+政务服务费", "提升工程项目经费"]
