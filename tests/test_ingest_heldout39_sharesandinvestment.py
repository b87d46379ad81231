"""A level's share of a cost still to be borne, what a project actually invested, a fund's
allotment, money handed to a firm, money come into the unit's account: the thirty-ninth and
fortieth held-out trials read 应承担…投资, 还需拨付 and 某区承担 as other, received or budget,
实际投资 as other, left 资金指标 and 拨…公司 unread and read …万元资金抵达我局账户 as unnamed.
Held on fictional text, with the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "某某市某某局2031年度道路改造项目资金绩效自评报告\n\n一、基本情况\n\n"


def test_a_share_a_level_is_to_bear_is_planned():
    text = REPORT + "按批复,北河县应承担桥梁加宽工程新增资金合计1200万元。\n"
    assert kinds(text) == [("1200万元", "PLANNED")]


def test_what_is_still_to_be_paid_and_a_district_s_part_are_planned():
    text = REPORT + "目前尚需支付80万元,其中东城区承担30万元。\n"
    assert kinds(text) == [("80万元", "PLANNED"), ("30万元", "PLANNED")]


def test_what_was_borne_and_paid_keeps_its_reading():
    text = REPORT + "由市财政承担的资金已支付45万元。\n"
    assert kinds(text) == [("45万元", "SPENDING")]


def test_what_a_project_actually_invested_is_spent():
    text = REPORT + "该工程实际投资额为18.6万元。\n"
    assert kinds(text) == [("18.6万元", "SPENDING")]


def test_an_investment_alone_keeps_its_reading():
    text = REPORT + "全镇固定资产投资达3000万元。\n"
    assert kinds(text) == [("3000万元", "OTHER")]


def test_a_fund_s_allotment_is_the_budget():
    text = REPORT + "市财政下发文件,2031年道路维修补助资金指标共计88万元。\n"
    assert kinds(text) == [("88万元", "BUDGET")]


def test_money_handed_to_a_firm_is_spent():
    text = REPORT + "项目单位于6月3日拨北河路桥建设有限公司工程款40万元。\n"
    assert kinds(text) == [("40万元", "SPENDING")]


def test_a_fund_handed_down_keeps_its_reading():
    text = REPORT + "市财政下拨建设公司改造资金40万元。\n"
    assert kinds(text) == [("40万元", "REVENUE")]


def test_money_come_into_the_unit_s_account_is_received():
    text = REPORT + "市财政局将省级专项资金(某财指〔2031〕7号)36万元资金转入我单位账户。\n"
    assert kinds(text) == [("36万元", "REVENUE")]
