"""Funds handed down and said after their figure to have arrived: the thirty-fourth held-out
trial read 2019年上级下达我市…专项资金412万元,已全部拨付到位 as a budget by its own 下达, the
到位 after it not heard. Held on fictional text, with the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚市某某局2031年度专项资金绩效自评报告\n\n一、资金情况\n\n"


def test_funds_handed_down_and_arrived_in_full_are_received():
    text = REPORT + "省财政厅下达我局乡村振兴补助资金75万元,均已足额拨付到位。\n"
    assert kinds(text) == [("75万元", "REVENUE")]


def test_funds_handed_down_alone_stay_a_budget():
    text = REPORT + "省财政厅下达我局乡村振兴补助资金75万元,用于村道维修。\n"
    assert kinds(text) == [("75万元", "BUDGET")]


def test_a_budget_said_to_have_arrived_stays_a_budget():
    text = REPORT + "年初预算资金75万元,已全部拨付到位。\n"
    assert kinds(text) == [("75万元", "BUDGET")]


def test_spending_said_before_an_arrival_stays_spent():
    text = REPORT + "已支出资金75万元,已全部拨付到位。\n"
    assert kinds(text) == [("75万元", "SPENDING")]
