"""Lookups by any name (Chinese, alias, English, pinyin, id, IRI), search and pagination."""

from __future__ import annotations

import pytest

from conftest import ask

CENTER = "益阳市智慧城市和大数据中心"


@pytest.mark.parametrize(
    "name",
    [
        CENTER,
        "市大数据中心",
        "Yiyang Smart City and Big Data Center",
        "yiyang smart city and big data center",
        "yi yang shi zhi hui cheng shi he da shu ju zhong xin",
        "YiYangShiZhiHuiChengShiHeDaShuJuZhongXin",
        "unit/yiyang-bdc",
        "yiyang-bdc",
        "https://govkg.org/id/unit/yiyang-bdc",
    ],
)
def test_the_center_is_found_by_any_of_its_names(kg, name):
    assert (
        ask(kg, "query($n: String!) { unit(name: $n) { name } }", n=name)["unit"]["name"] == CENTER
    )


def test_platform_by_pinyin_and_english(kg):
    node = kg.service.lookup("一网统管")
    for name in (node.pinyin, node.name_en, "yiwangtongguan"):
        found = ask(kg, "query($n: String!) { platform(name: $n) { name } }", n=name)
        assert found["platform"]["name"] == "一网统管"


def test_unknown_names_are_null_not_errors(kg):
    assert ask(kg, '{ unit(name: "不存在的单位") { name } platform(name: "") { name } }') == {
        "unit": None,
        "platform": None,
    }


def test_a_platform_name_does_not_find_a_unit(kg):
    assert ask(kg, '{ unit(name: "一网统管") { name } }')["unit"] is None


def test_the_center_has_six_sections_and_an_unnamed_parent(kg):
    unit = ask(
        kg,
        """{ unit(name: "市大数据中心") {
        subunits { name } parent { name unnamed } attributes { name value } } }""",
    )["unit"]
    assert {s["name"] for s in unit["subunits"]} == {
        "综合科",
        "开发应用科",
        "项目建设科",
        "大数据运行科",
        "信息安全科",
        "网络科",
    }
    assert unit["parent"]["unnamed"] is True
    assert {(a["name"], a["value"]) for a in unit["attributes"]} >= {("rank", "副处级")}


def test_node_by_id_returns_the_typed_object(kg):
    data = ask(
        kg,
        '{ node(id: "unit/yiyang-bdc") { __typename kind name ... on Unit { operates { name } } } }',
    )
    assert data["node"]["__typename"] == "Unit"
    assert data["node"]["kind"] == "UNIT"
    assert "政务云平台" in {p["name"] for p in data["node"]["operates"]}


def test_search_ranks_exact_names_first_and_filters_by_kind(kg):
    found = ask(kg, '{ search(query: "湘易办") { name kind } }')["search"]
    assert found[0]["name"] == "湘易办"
    units = ask(kg, '{ search(query: "市委", kind: UNIT) { kind } }')["search"]
    assert units
    assert {u["kind"] for u in units} == {"UNIT"}


def test_search_first_is_clamped_to_100_and_at_least_1(kg):
    assert len(ask(kg, '{ search(query: "a", first: 100000) { id } }')["search"]) <= 100
    assert len(ask(kg, '{ search(query: "平台", first: 0) { id } }')["search"]) == 1


def test_pages_walk_every_unit_once(kg):
    seen, after = [], None
    while True:
        page = ask(
            kg,
            "query($a: String) { units(first: 5, after: $a) { totalCount "
            "edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }",
            a=after,
        )["units"]
        seen += [e["node"]["id"] for e in page["edges"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert len(seen) == len(set(seen)) == page["totalCount"]


def test_a_bad_cursor_is_a_clear_error(kg):
    response = kg.query('{ units(after: "bm90LWEtdW5pdA==") { totalCount } }')
    assert "does not point into this list" in response["errors"][0]["message"]


def test_path_between_two_feeding_units_runs_through_yiwangtongguan(kg):
    path = ask(kg, '{ path(from: "市委组织部", to: "市城管执法局") { name } }')["path"]
    names = [n["name"] for n in path]
    assert names[0] == "市委组织部"
    assert names[-1] == "市城管执法局"
    assert len(names) == 3
    assert names[1] == "一网统管"


def test_path_to_an_unknown_name_is_null(kg):
    assert ask(kg, '{ path(from: "市委组织部", to: "nowhere") { name } }')["path"] is None


def test_the_center_is_the_most_connected_unit_and_the_flagship_store_the_most_connected_system(kg):
    data = ask(
        kg,
        "{ u: central(kind: UNIT, first: 1) { node { name } degree } "
        "p: central(kind: PLATFORM, first: 1) { node { name } degree centrality } }",
    )
    assert data["u"] == [
        {
            "node": {"name": "益阳市智慧城市和大数据中心"},
            "degree": kg.networkx.to_undirected(as_view=True).degree("unit/yiyang-bdc"),
        }
    ]
    assert data["p"][0]["node"]["name"] == "湘易办益阳旗舰店"
    assert 0 < data["p"][0]["centrality"] < 1
