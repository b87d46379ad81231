"""A revenue total's part named as budgeted revenue, and a proposal for next year's budget:
the thirty-fourth held-out trial read 总收入为207.79万元,其中一般公共财政拨款预算收入155.11万元
as a budget and 建议2024年度安排预算资金40万元 as the budget, not a proposal. Held on
fictional text, with the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚县某某中心2031年度部门整体支出绩效自评报告\n\n一、部门基本情况\n\n"


def test_a_source_of_revenue_named_as_budgeted_revenue_is_revenue():
    text = REPORT + "本年收入合计88.2万元,其中:政府性基金拨款预算收入60万元,事业收入28.2万元。\n"
    assert kinds(text) == [("88.2万元", "REVENUE"), ("60万元", "REVENUE"), ("28.2万元", "REVENUE")]


def test_budgeted_revenue_on_its_own_stays_a_budget():
    text = REPORT + "本年度一般公共财政拨款预算收入60万元。\n"
    assert kinds(text) == [("60万元", "BUDGET")]


def test_budgeted_revenue_under_a_budget_stays_a_budget():
    text = REPORT + "年初预算88.2万元,其中财政拨款预算收入60万元。\n"
    assert kinds(text)[1] == ("60万元", "BUDGET")


def test_a_proposal_for_next_years_funds_is_planned():
    text = REPORT + "建议下一年度继续安排专项经费15万元,保障工作开展。\n"
    assert kinds(text) == [("15万元", "PLANNED")]


def test_a_budget_arranged_stays_a_budget():
    text = REPORT + "根据评价建议,2031年度安排预算资金15万元。\n"
    assert kinds(text) == [("15万元", "BUDGET")]
