"""Words of investment, accounts and carried purchases: the thirty-seventh held-out trial read
项目计划总投资 as a budget, 实际完成投资 / 实际决算金额 as money of no kind, and 结转政府采购 as a
purchase of no kind. Held on fictional text, with the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚县某某局2031年度项目支出绩效自评报告\n\n一、项目基本情况\n\n"


def test_a_works_planned_total_investment_is_planned():
    text = REPORT + "该水渠改造工程计划总投资额为730万元。\n"
    assert kinds(text) == [("730万元", "PLANNED")]


def test_a_projects_total_investment_stays_a_budget():
    text = REPORT + "该水渠改造项目总投资730万元。\n"
    assert kinds(text) == [("730万元", "BUDGET")]


def test_an_investment_alone_stays_of_no_kind():
    text = REPORT + "带动社会投资730万元。\n"
    assert kinds(text) == [("730万元", "OTHER")]


def test_the_investment_actually_completed_is_spent():
    text = REPORT + "截至年底,水渠工程实际完成投资额88.5万元。\n"
    assert kinds(text) == [("88.5万元", "SPENDING")]


def test_the_final_accounts_sum_is_spent():
    text = REPORT + "3.成本指标:工程实际决算金额为88.5万元。\n"
    assert kinds(text) == [("88.5万元", "SPENDING")]


def test_a_bare_sum_stays_of_no_kind():
    text = REPORT + "3.成本指标:合同外工程金额为8.5万元。\n"
    assert kinds(text) == [("8.5万元", "OTHER")]


def test_purchases_carried_over_are_carried_money():
    text = REPORT + "支出增加的主要原因是本年执行上年结转采购项目63.1万元。\n"
    assert kinds(text) == [("63.1万元", "CARRY_OVER")]


def test_a_government_purchase_alone_stays_of_no_kind():
    text = REPORT + "全年政府采购63.1万元。\n"
    assert kinds(text) == [("63.1万元", "OTHER")]
