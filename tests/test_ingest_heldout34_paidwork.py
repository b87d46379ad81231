"""Money paid to the works and money to be paid later: the thirty-fourth held-out trial read
按合同约定和施工进度及时足额拨付资金66.86万元 as money received (拨付) and ,105.04万元将于工程竣工
验收后…支付 as spent (the 支付 of the clause before). Held on fictional text, with the
readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚县某某中心2031年度项目支出绩效自评报告\n\n一、资金使用情况\n\n"


def test_funds_handed_out_by_the_contract_are_spent():
    text = REPORT + "中心按照施工合同和工程进度拨付工程款38.5万元。\n"
    assert kinds(text) == [("38.5万元", "SPENDING")]


def test_a_figure_to_be_paid_later_is_planned():
    text = REPORT + "已支付设计费5万元,余下12万元拟于项目审计结束后一次性拨付。\n"
    assert kinds(text) == [("5万元", "SPENDING"), ("12万元", "PLANNED")]


def test_funds_handed_down_without_terms_stay_received():
    text = REPORT + "上级财政拨付资金38.5万元。\n"
    assert kinds(text) == [("38.5万元", "REVENUE")]


def test_funds_to_be_handed_out_by_the_contract_are_not_spent():
    text = REPORT + "中心将按合同约定拨付资金38.5万元。\n"
    assert kinds(text)[0][1] != "SPENDING"


def test_a_budget_to_be_paid_later_stays_a_budget():
    text = REPORT + "年初预算资金20万元,将于验收后支付。\n"
    assert kinds(text) == [("20万元", "BUDGET")]


def test_a_figure_paid_already_stays_spent():
    text = REPORT + "已支付设计费5万元,余下12万元已于2031年5月支付。\n"
    assert kinds(text) == [("5万元", "SPENDING"), ("12万元", "SPENDING")]
