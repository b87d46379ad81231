"""Trial 62's 1269 (a city commerce bureau's 2017 决算 note opening on the city's statistics:
完成外贸进出口14.42亿人民币,同比增长11%,其中出口14.05亿人民币, both missing before).
Pattern: a figure in 万 or 亿 whose currency is named right after it (亿人民币) is money in
万元 / 亿元 (``text.amounts``), whatever its clause's words; and a place's foreign trade named
right before its figure (外贸进出口, 其中出口), without 总额, is the economy's, OTHER, as
进出口总额 is (``kinds.kindwords``), not the change said before a part. A count in 万 (3万人次)
stays no money, and a fund named after the trade (外贸进出口奖励资金) keeps its own reading.
Test material, fictional."""

from __future__ import annotations

from decimal import Decimal

from fictional_text import found, kinds

TITLE = "青岚区样例局2035年度部门决算\n一、部门概况\n"
TRADE = (
    TITLE + "青岚区2035年完成外贸进出口3.21亿人民币,同比增长9%,其中出口2.05亿人民币,同比增长8%。"
)


def test_a_figure_in_yi_of_renminbi_is_money_of_the_economy():
    assert [(w, k, a) for w, k, a, _ in found(TRADE)] == [
        ("3.21亿", "OTHER", Decimal("321000000")),
        ("2.05亿", "OTHER", Decimal("205000000")),
    ]


def test_wan_of_renminbi_is_money_too():
    assert [(w, a) for w, _, a, _ in found(TITLE + "样例局收到捐赠12万人民币。")] == [
        ("12万", Decimal("120000"))
    ]


def test_a_count_in_wan_stays_no_money():
    assert found(TITLE + "青岚区接待游客3万人次,同比增长9%。") == []


def test_a_fund_named_after_the_trade_keeps_its_reading():
    assert kinds(TITLE + "样例局外贸进出口奖励专项资金预算为80万元。") == [("80万元", "BUDGET")]
    assert kinds(TITLE + "青岚区外贸进出口总额3.2亿元。") == [("3.2亿元", "OTHER")]


def test_a_tables_unit_column_apart_from_the_figure_is_no_unit():
    row = TITLE + "外贸进出口总额 30 亿人民币 17.5 28.6\n"
    assert [w for w, _, _, _ in found(row)] == []
