"""Funds handed down, their fund's name and the list of projects after them: the thirty-fifth
held-out trial read 财政下达…事业支出专项资金28万元 as spent by the 支出 inside the fund's name, and
the items of a ；-cut list of projects handed down (…项目40万元;…经费项目25.85万元;…补助项目20万元)
as spent, received or nothing. Held on fictional text, with the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚县某某局2031年度转移支付资金绩效自评报告\n\n一、项目基本情况\n\n"


def test_a_class_of_spending_inside_a_handed_fund_name_is_the_budget():
    text = REPORT + "本年度县财政下达档案保护事业支出专项资金12万元,用于库房改造。\n"
    assert kinds(text) == [("12万元", "BUDGET")]


def test_spending_after_handed_funds_stays_spent():
    text = REPORT + "下达资金已支出资金12万元。\n"
    assert kinds(text) == [("12万元", "SPENDING")]


def test_items_after_a_handed_lead_share_its_budget():
    text = REPORT + (
        "2031年,省级下达转移支付档案修复项目8万元;库房运行经费项目2.5万元;"
        "数字化建设补助项目6万元;宣传经费3万元。\n"
    )
    assert kinds(text) == [
        ("8万元", "BUDGET"),
        ("2.5万元", "BUDGET"),
        ("6万元", "BUDGET"),
        ("3万元", "BUDGET"),
    ]


def test_items_after_a_colon_of_a_handed_total_share_its_budget():
    text = REPORT + "县财政共下达项目资金20万元,分别为:档案修复经费12万元;展览费用8万元。\n"
    assert kinds(text) == [("20万元", "BUDGET"), ("12万元", "BUDGET"), ("8万元", "BUDGET")]


def test_an_item_naming_its_own_kind_keeps_the_list_to_its_words():
    text = REPORT + "县财政下达档案修复项目8万元;实际支出库房运行经费2万元。\n"
    assert kinds(text)[1] == ("2万元", "SPENDING")


def test_items_after_money_received_keep_todays_reading():
    text = REPORT + "收到档案修复项目资金8万元;库房改造项目2万元。\n"
    assert kinds(text) == [("8万元", "REVENUE"), ("2万元", None)]


def test_items_after_funds_spent_stay_spent():
    text = REPORT + "全年支出档案修复项目8万元;库房改造项目2万元。\n"
    assert kinds(text) == [("8万元", "SPENDING"), ("2万元", None)]
