"""A fund named by 补助 under a heading of the budget: the thirtieth held-out trial (texts
375–386) read a transfer's 中央补助地方…专项资金 and its parts as money received. Held on
fictional text with the readings the rule must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚县文化馆2031年度中央对地方转移支付绩效自评报告\n\n一、绩效目标分解下达情况\n\n"


def test_a_subsidy_funds_total_and_parts_under_a_budget_heading_are_the_budget():
    text = REPORT + (
        "1.转移支付资金预算安排情况\n"
        "省级补助县级非遗保护传承专项资金合计320万元,其中:传承人补贴120万元;展演活动200万元。\n"
    )
    assert kinds(text) == [("320万元", "BUDGET"), ("120万元", "BUDGET"), ("200万元", "BUDGET")]


def test_under_a_heading_of_arrival_it_stays_revenue():
    text = REPORT + (
        "1.转移支付资金到位情况\n省级补助县级非遗保护传承专项资金合计320万元。\n"
    )
    assert kinds(text) == [("320万元", "REVENUE")]


def test_under_a_heading_of_execution_it_stays_revenue():
    text = REPORT + "(一)预算执行情况\n省级补助县级非遗保护传承专项资金合计320万元。\n"
    assert kinds(text) == [("320万元", "REVENUE")]


def test_a_fund_said_to_arrive_stays_revenue():
    text = REPORT + (
        "(一)中央转移支付预算\n收到省级补助县级非遗保护传承专项资金320万元。\n"
    )
    assert kinds(text) == [("320万元", "REVENUE")]


def test_a_later_paragraph_under_the_heading_keeps_its_reading():
    text = REPORT + (
        "(一)中央转移支付预算\n本年度共实施项目2个。\n"
        "省级补助县级非遗保护传承专项资金合计320万元。\n"
    )
    assert kinds(text) == [("320万元", "REVENUE")]
