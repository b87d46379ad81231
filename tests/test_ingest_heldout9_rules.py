"""The rules the ninth held-out trial (texts 141–148) asked for, each held on fictional text
with a case it must not fire on: a share written after a bracket of parts is the share of the
amount before the bracket, never of a part inside it, and a share of 收入 is no funding
line's; the parts in that bracket have their total's kind (一般公共预算 names where revenue
comes from); a field's name ends where a spaced-out next label begins; a fund's words, a
whole place (全区) or a masked name are no unit.
"""

from __future__ import annotations

from decimal import Decimal

from fictional_text import document, found, kinds
from govkg.ingest.extract import extract

# -- class 1: a share after a bracket of parts -----------------------------------------------

BRACKET = (
    "样例市样例局2020年度部门决算\n一、收入决算情况\n"
    "样例市样例局2020年度收入决算500.00万元,其中:本年收入480.00万元,占总收入96.00%,"
    "包括财政拨款收入400.00万元(其中,一般公共预算 300.00万元,政府性基金预算100.00万元),"
    "占总收入80.00%;其他收入80.00万元,占总收入16.00%。\n"
)


def _shares(text: str) -> dict[str, Decimal | None]:
    result = extract(text, "f.txt")
    shares = {m.as_written: Decimal(m.share.percent) if m.share else None for m in result.money}
    for line in result.lines:
        assert not (line.share is not None and line.amount == Decimal("1000000")), line
    return shares


def test_a_share_after_a_bracket_of_parts_is_the_amount_before_it():
    shares = _shares(BRACKET)
    assert shares["400.00万元"] == Decimal("80.00")
    assert shares["100.00万元"] is None  # the last part inside the bracket: never its share
    assert ("300.00万元", "REVENUE") in kinds(BRACKET)
    assert ("100.00万元", "REVENUE") in kinds(BRACKET)  # the budget it comes from: revenue


def test_a_share_right_after_an_amount_stays_its_own():
    text = BRACKET.replace(
        "400.00万元(其中,一般公共预算 300.00万元,政府性基金预算100.00万元),", "400.00万元,"
    )
    assert _shares(text)["400.00万元"] == Decimal("80.00")
    # a bracket that holds no amount is no list of parts: the share after it is not read
    text = BRACKET.replace("(其中,一般公共预算 300.00万元,政府性基金预算100.00万元)", "(含税)")
    assert _shares(text)["400.00万元"] is None
    # a budget total's parts stay budget
    budget = BRACKET.replace("一、收入决算情况", "一、预算情况").replace(
        "2020年度收入决算500.00万元",
        "2020年预算总额500万元,其中:一般公共预算300万元。收入决算500.00万元",
    )
    assert ("300万元", "BUDGET") in kinds(budget)


# -- class 2: names that are no unit ---------------------------------------------------------

FORM = (
    "样例区2021年度部门(单位)整体支出\n绩效评价自评报告\n"
    "部门(单位)名称: 样例区样例委员会\n预 算 编 码: 106006\n评价方式:部门(单位)绩效自评\n"
    "一、部门(单位)基本概况\n基本支出100万元。\n"
)


def test_a_field_name_ends_before_a_spaced_out_label():
    assert document(FORM).unit == "样例区样例委员会"
    # a name written without a spaced label after it is kept whole
    plain = FORM.replace("\n预 算 编 码: 106006", "\n联系人:张三")
    assert document(plain).unit == "样例区样例委员会"


def test_a_fund_a_whole_place_or_a_mask_is_no_unit():
    fund = "样例省2022年度中央样例灾害资金绩效自评报告\n一、项目概况\n项目支出100万元。\n"
    assert document(fund).unit == "（未署名的报告单位）"
    masked = "2024年度****部门整体支出绩效自评报告\n一、部门概况\n基本支出100万元。\n"
    assert document(masked).unit == "（未署名的报告单位）"
    # a unit named before its fund keeps its name
    named = "样例县水务局2022年度水利资金绩效自评报告\n一、项目概况\n项目支出100万元。\n"
    assert document(named).unit == "样例县水务局"


# -- a transfer payment is a fund, not money paid ---------------------------------------------

def test_a_transfer_payment_names_a_fund_not_a_payment():
    text = (
        "样例县2022年度森林防火资金绩效自评报告\n一、基本情况\n"
        "2022年共投入航空消防经费预算10441万元。其中,中央转移支付资金8353万元,"
        "省级配套资金2088万元。已支付租机费用8000万元。\n"
    )
    found = kinds(text)
    assert ("8353万元", "BUDGET") in found  # 转移支付: where the money comes from
    assert ("8000万元", "SPENDING") in found  # 已支付: paid


# -- money received, said after its figure with 资金 and 拨付 between -------------------------

def test_an_amount_whose_money_was_all_paid_over_is_received():
    text = (
        "样例县2022年度森林防火资金绩效自评报告\n一、基本情况\n"
        "(1)项目资金投入情况。100万元资金全部拨付到位,资金到位率100%。\n"
        "(2)项目资金执行情况。80万元资金用于租机。\n"
    )
    found = kinds(text)
    assert ("100万元", "REVENUE") in found  # …资金全部拨付到位: received
    assert ("80万元", "REVENUE") not in found  # …资金用于: no word of receiving


# -- a revenue-by-source grid: read where its parts add up to its 收入合计 ---------------------

GRID = (
    "样例区2021年度部门(单位)整体支出\n绩效评价自评报告\n部门(单位)名称: 样例区档案馆\n"
    "二、部门(单位)收支情况 |\n年度收入情况(万元) |\n||||\n机构名称 |\n收入合计 |\n其中: |\n||||\n"
    "上年结转 |\n公共财 政拨款 |\n政府基金拨款 |\n纳入专户管理的非税收入拨款 |\n其他 收入 |\n||||\n"
    "样例馆 |\n80.5 |\n0 |\n78.5 |\n0 |\n0 |\n2 |\n||||\n"
)


def test_a_revenue_by_source_grid_is_read_where_its_parts_add_up():
    cells = [(w, k, y) for w, k, y, _ in found(GRID)]
    assert cells == [
        ("80.5", "REVENUE", Decimal("805000")),
        ("0", "CARRY_OVER", Decimal("0")),
        ("78.5", "REVENUE", Decimal("785000")),
        ("0", "REVENUE", Decimal("0")),
        ("0", "REVENUE", Decimal("0")),
        ("2", "REVENUE", Decimal("20000")),
    ]


def test_a_grid_whose_parts_do_not_add_up_is_listed_unread():
    off = found(GRID.replace("样例馆 |\n80.5 |", "样例馆 |\n80.6 |"))
    assert [(w, k) for w, k, _, _ in off] == [(w, None) for w in ("80.6", "0", "78.5", "0", "0", "2")]
    assert all("do not add up" in reason for _, _, _, reason in off)
    assert found(GRID.replace("年度收入情况(万元)", "年度收入情况")) == []  # no unit: no amount
