"""The sources a budget's total is said to come from: the fortieth held-out trial read
总预算36,620万元,经调整后资金的来源为:中央财政补助10,000万元,… as money received (the 补助 of
each source). Held on fictional text, with the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "某某县某某局2031年度项目支出绩效自评报告\n\n一、项目资金情况\n\n"


def test_the_sources_of_a_budget_are_that_budget():
    text = REPORT + "该工程年度预算820万元,其资金来源是:省级补助资金300万元、县级配套520万元。\n"
    assert kinds(text) == [("820万元", "BUDGET"), ("300万元", "BUDGET"), ("520万元", "BUDGET")]


def test_an_arrival_among_the_sources_stays_received():
    text = REPORT + "项目预算100万元,资金来源:中央补助50万元,已到位50万元。\n"
    assert kinds(text) == [("100万元", "BUDGET"), ("50万元", "BUDGET"), ("50万元", "REVENUE")]


def test_sources_after_no_budget_keep_their_reading():
    text = REPORT + "资金来源为:中央补助50万元,省级补助20万元。\n"
    assert kinds(text) == [("50万元", "REVENUE"), ("20万元", "REVENUE")]
