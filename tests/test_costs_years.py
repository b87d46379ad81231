"""Costs never add up different fiscal years, nor a line and its own sub-line."""

from __future__ import annotations

from decimal import Decimal

from conftest import ask
from govkg.answers.kg import open_graph

CITE = '{doc: yiyang-bdc-2023, quote: "提升工程项目经费1322.14万元", start: 831, end: 848}'
FEED = '{ feeds(platform: "一网统管") { nodes { id cost { year amount { amount } fundingLine { name } } a: costIn(year: 2023) { amount { amount } } b: costIn(year: 2024) { amount { amount } } costs { year } } } }'


def add_line(seed, slug: str, year: int, amount: str, parent: str | None = None) -> None:
    funding = seed / "funding.yaml"
    parent_line = f"    parent: {parent}\n" if parent else ""
    funding.write_text(
        funding.read_text(encoding="utf-8")
        + f"""
  - id: {slug}
    name: 测试经费{slug[-4:]}
    document: yiyang-bdc-2023
    year: {year}
    unit: yiyang-bdc
{parent_line}    amount: "{amount}"
    amount_unit: 万元
    sources:
      - {CITE}
""",
        encoding="utf-8",
    )
    relations = seed / "relations.yaml"
    relations.write_text(
        relations.read_text(encoding="utf-8")
        + f"""
  - type: funds
    from: {slug}
    to: xinxing-zhihui-chengshi-tisheng-gongcheng
    sources:
      - {CITE}
""",
        encoding="utf-8",
    )


def test_a_later_years_line_gives_the_cost_and_years_are_never_added(seed_copy):
    add_line(seed_copy, "test-line-2024", 2024, "24")
    kg = open_graph(seed_copy)
    feeds = ask(kg, FEED)["feeds"]["nodes"]
    by_unit = {f["id"]: f for f in feeds}
    one = by_unit["relation/feeds--shiwei-zuzhibu--yiwangtongguan"]
    # 24万元 over 1 project, over its 6 systems, over 4 feeds: 240000 / 6 / 4 = 10000
    assert one["cost"] == {
        "year": 2024,
        "amount": {"amount": "10000.00"},
        "fundingLine": {"name": "测试经费2024"},
    }
    assert one["b"] == {"amount": {"amount": "10000.00"}}
    assert one["a"] == {"amount": {"amount": "550891.66"}}
    assert sorted(c["year"] for c in one["costs"]) == [2023, 2024]


def test_a_sub_line_that_also_funds_the_project_is_not_counted_twice(seed_copy):
    add_line(seed_copy, "test-line-part", 2023, "100", parent="bdc-2023-tisheng-gongcheng-jingfei")
    kg = open_graph(seed_copy)
    feeds = ask(kg, FEED)["feeds"]["nodes"]
    for feed in feeds:
        assert [c["year"] for c in feed["costs"]] == [2023]
        assert feed["cost"]["fundingLine"]["name"] == "测试经费part"
    # only the sub-line's 100万元: 1,000,000 / 6 systems = 166,666.66 for 一网统管 (5th by id)
    total = sum(Decimal(f["cost"]["amount"]["amount"]) for f in feeds)
    assert total == Decimal("166666.66")
