"""Two readings of a 决算 note's figures the forty-fifth held-out trial got wrong: a change
said against last year's figure named with what it is of (比上年收支总决算增…) is a CHANGE on
both sides of a joint 收支 total (``kinds.growth``); and a 决算 clause's figure whose fund is
named 一般公共预算(安排) is spent, not budgeted (``kinds.accountsclause``). Held on fictional
text, with the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

ACCOUNTS = "某某市气象服务中心2031年度部门决算说明\n\n一、收支情况总体说明\n"


def test_a_joint_total_s_change_against_last_year_s_named_accounts_is_a_change():
    text = ACCOUNTS + "本中心2031年度收支总决算1520.6万元,较2030年收支总决算减74.1万元。\n"
    read = kinds(text)
    assert read.count(("74.1万元", "CHANGE")) == 2
    assert ("74.1万元", "SPENDING") not in read
    assert ("74.1万元", "REVENUE") not in read


def test_a_change_against_last_year_s_spending_accounts_is_a_change():
    text = ACCOUNTS + "本年支出合计980万元,比上年支出决算数增36.5万元。\n"
    assert ("36.5万元", "CHANGE") in kinds(text)


def test_a_joint_total_itself_keeps_both_sides():
    text = ACCOUNTS + "本中心2031年度收支总决算1520.6万元。\n"
    assert kinds(text) == [("1520.6万元", "REVENUE"), ("1520.6万元", "SPENDING")]


def test_a_three_public_figure_of_the_accounts_from_the_general_budget_is_spent():
    text = ACCOUNTS + "2031年度决算一般公共预算财政拨款安排“三公”经费共3.8万元。\n"
    assert kinds(text) == [("3.8万元", "SPENDING")]


def test_the_same_figure_of_the_budget_stays_a_budget():
    text = ACCOUNTS + "2031年部门预算一般公共预算安排“三公”经费预算合计为4万元。\n"
    assert kinds(text) == [("4万元", "BUDGET")]


def test_a_budget_named_inside_an_accounts_clause_stays_a_budget():
    text = ACCOUNTS + "2031年决算情况:一般公共预算年初预算安排“三公”经费4万元。\n"
    assert kinds(text) == [("4万元", "BUDGET")]
