"""Money handed down (下达) and money arrived (到位) that the twenty-ninth held-out trial (texts
361–374) read as a plan or as spending, held on fictional text with cases the rules must not
fire on."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚县某某局2022年度水库维修资金绩效自评报告\n\n一、绩效目标分解下达情况\n\n"


def test_an_investment_plan_handed_down_is_a_budget():
    text = REPORT + "2022年3月,市水务局以《关于维修工作的通知》下达资金计划合计12.5万元。\n"
    assert kinds(text) == [("12.5万元", "BUDGET")]


def test_a_plan_to_pay_after_funds_handed_down_stays_planned():
    text = REPORT + "省厅下达资金后尚需计划投资12.5万元。\n"
    assert kinds(text) == [("12.5万元", "PLANNED")]


def test_a_plan_not_handed_down_stays_planned():
    text = REPORT + "本项目投资计划共计12.5万元。\n"
    assert kinds(text) == [("12.5万元", "PLANNED")]


ARRIVED = "二、绩效目标完成情况分析\n\n2.项目资金执行情况分析。\n\n"


def test_funds_said_to_arrive_after_their_figure_are_revenue():
    text = REPORT + ARRIVED + "水库维修工程首批经费40万元于下达到位后,即开展招标。\n"
    assert kinds(text) == [("40万元", "REVENUE")]


def test_funds_spent_after_they_arrived_stay_spending():
    text = REPORT + ARRIVED + "水库维修工程首批经费到位后,已支出40万元用于招标。\n"
    assert kinds(text) == [("40万元", "SPENDING")]


def test_funds_handed_down_without_arrival_stay_a_budget():
    text = REPORT + ARRIVED + "水库维修工程首批经费40万元于下达后,即开展招标。\n"
    assert kinds(text)[0][1] != "REVENUE"
