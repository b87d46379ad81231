"""Which units feed which platform, and what each link costs."""

from __future__ import annotations

from decimal import Decimal

from conftest import ask

FEEDS = """
query($platform: String) {
  feeds(platform: $platform) {
    totalCount
    nodes {
      id
      unit { name }
      platform { name }
      via { name }
      cost { amount { amount currency } basis method fundingLine { name amount { amount } } }
      sources { document quote start end }
    }
  }
}
"""


def test_four_named_units_feed_yiwangtongguan_through_their_own_systems(kg):
    data = ask(kg, FEEDS, platform="一网统管")["feeds"]
    pairs = {(f["unit"]["name"], f["via"]["name"]) for f in data["nodes"]}
    assert pairs == {
        ("市委组织部", "益村"),
        ("市委政法委", "城乡末端感知系统"),
        ("市城管执法局", "智慧城管"),
        ("市自然资源和规划局", "时空大数据平台"),
    }
    assert data["totalCount"] == 4
    assert {f["platform"]["name"] for f in data["nodes"]} == {"一网统管"}


def test_feed_costs_are_allocated_from_the_upgrade_project_line_and_add_up(kg):
    nodes = ask(kg, FEEDS, platform="一网统管")["feeds"]["nodes"]
    costs = [f["cost"] for f in nodes]
    assert {c["basis"] for c in costs} == {"ALLOCATED"}
    assert {c["fundingLine"]["name"] for c in costs} == {"提升工程项目经费"}
    assert {c["fundingLine"]["amount"]["amount"] for c in costs} == {"13221400.00"}
    assert {c["amount"]["currency"] for c in costs} == {"CNY"}
    platform = ask(kg, '{ platform(name: "一网统管") { costs { amount { amount } } } }')
    share = Decimal(platform["platform"]["costs"][0]["amount"]["amount"])
    assert sum(Decimal(c["amount"]["amount"]) for c in costs) == share
    for cost in costs:
        assert "13,221,400.00" in cost["method"]
        assert "÷ 4 feeds into 一网统管" in cost["method"]
        assert cost["method"].rstrip().endswith("one fen more.")


def test_feed_costs_follow_the_documented_rule_exactly(kg):
    """1322.14万元 over the systems 提升工程 delivers, then over the 4 feeds, in whole fen."""
    delivered = ask(kg, '{ project(name: "提升工程") { delivers { name } } }')
    systems = len(delivered["project"]["delivers"])
    per_system = (Decimal("13221400") / systems).quantize(Decimal("0.01"), "ROUND_DOWN")
    nodes = ask(kg, FEEDS, platform="一网统管")["feeds"]["nodes"]
    amounts = sorted(Decimal(f["cost"]["amount"]["amount"]) for f in nodes)
    assert amounts[0] >= (per_system / 4).quantize(Decimal("0.01"), "ROUND_DOWN") - Decimal("0.01")
    assert amounts[-1] - amounts[0] <= Decimal("0.01")


def test_feeds_cite_the_sentence_that_names_them(kg, report_text):
    for feed in ask(kg, FEEDS, platform="一网统管")["feeds"]["nodes"]:
        assert feed["sources"]
        for cite in feed["sources"]:
            assert report_text[cite["start"] : cite["end"]] == cite["quote"]
            assert feed["unit"]["name"] in cite["quote"]


def test_feeds_of_a_unit_by_english_name(kg):
    data = ask(
        kg,
        '{ feeds(unit: "$u") { nodes { platform { name } } } }'.replace(
            "$u", kg.service.lookup("市委组织部").name_en
        ),
    )
    assert [f["platform"]["name"] for f in data["feeds"]["nodes"]] == ["一网统管"]


def test_a_platform_no_line_covers_has_feeds_without_cost(kg):
    data = ask(kg, "{ feeds { nodes { platform { name fundedBy { id } } cost { basis } } } }")
    for feed in data["feeds"]["nodes"]:
        if not feed["platform"]["fundedBy"]:
            assert feed["cost"] is None
