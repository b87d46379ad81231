"""Funds a project is planned on, named by their source: the forty-fourth held-out trial read
a central budget fund handed down (下达我司中央预算内投资资金…万元) and its part of a total
investment (其中中央预算内投资…万元) as investments of no kind, and left the company's matching
funds (…有限公司配套资金…万元) unread. 预算内投资 names a budget fund (``kindwords``), and
配套资金 named alone is the matching share, a budget (``matchingfunds``). Held on fictional
text, with the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "某某县水务有限公司2031年度项目支出绩效自评报告\n\n一、项目概况\n"


def test_a_budget_fund_named_by_its_budget_is_a_budget():
    text = REPORT + "省发展改革委安排省预算内投资600万元用于县城供水管网改造。\n"
    assert kinds(text) == [("600万元", "BUDGET")]


def test_a_budget_fund_as_a_part_of_the_total_investment_is_a_budget():
    text = REPORT + (
        "项目计划总投资900万元,资金来源为:市预算内投资资金400万元,县级配套资金共计500万元。\n"
    )
    assert kinds(text) == [("900万元", "PLANNED"), ("400万元", "BUDGET"), ("500万元", "BUDGET")]


def test_matching_funds_named_alone_are_a_budget():
    text = REPORT + "为保障工程建设,本公司筹措配套资金为120万元,按进度使用。\n"
    assert kinds(text) == [("120万元", "BUDGET")]


def test_an_investment_made_or_named_alone_keeps_its_reading():
    text = REPORT + "截至年底实际完成投资300万元。另有社会投资80万元。\n"
    assert kinds(text) == [("300万元", "SPENDING"), ("80万元", "OTHER")]


def test_matching_funds_with_an_act_are_read_by_the_act():
    text = REPORT + (
        "已使用配套资金120万元;县级配套资金50万元已全部到位;实际配套到位资金50万元。\n"
    )
    assert kinds(text) == [("120万元", "SPENDING"), ("50万元", "REVENUE"), ("50万元", "REVENUE")]
