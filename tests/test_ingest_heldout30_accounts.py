"""A 决算 figure is never a budget: the thirtieth held-out trial (texts 375–386) read a
决算数 that other words part from the budget before it, and a 收支总决算, as budgets. Held on
fictional text, with the readings the rule must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚市某某中心2031年度部门整体支出绩效自评报告\n\n一、部门预决算情况\n\n"


def test_an_accounts_figure_after_a_budget_and_a_rate_is_spent():
    text = REPORT + "该中心全年预算数为120.5万元,调整幅度为8%,决算数为110.2万元。\n"
    assert kinds(text) == [("120.5万元", "BUDGET"), ("110.2万元", "SPENDING")]


def test_an_accounts_figure_after_a_budget_of_revenue_is_revenue():
    text = REPORT + "预算收入总计650万元,较年初增幅3%,决算数700万元。\n"
    assert kinds(text)[1] == ("700万元", "REVENUE")


def test_the_accounts_of_both_sides_are_revenue_and_spending():
    text = REPORT + "本年度预算安排300万元;收支总决算为318万元,年末结余12万元。\n"
    assert kinds(text) == [
        ("300万元", "BUDGET"),
        ("318万元", "REVENUE"),
        ("318万元", "SPENDING"),
        ("12万元", "CARRY_OVER"),
    ]


def test_a_bare_accounts_figure_keeps_its_reading():
    text = REPORT + "该项目预算数为15.00万元,决算数为5.00万元。\n"
    assert kinds(text) == [("15.00万元", "BUDGET"), ("5.00万元", "SPENDING")]


def test_budgets_after_a_budget_stay_budgets():
    text = REPORT + "年初预算数120.5万元,调整幅度为8%,调整预算数130万元。\n"
    assert kinds(text) == [("120.5万元", "BUDGET"), ("130万元", "BUDGET")]


def test_a_budget_of_both_sides_stays_one_budget():
    text = REPORT + "2031年度收支预算为50万元,全年预算为60万元。\n"
    assert kinds(text) == [("50万元", "BUDGET"), ("60万元", "BUDGET")]
