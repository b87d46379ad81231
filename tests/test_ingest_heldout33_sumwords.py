"""The 金额 of a money word: the thirty-third held-out trial (texts 413–428) read
指标金额是…万元 (a budget allotment's sum) and 实际拨付金额是…万元 as amounts of no kind, the
金额 nearest the figure hiding the word it belongs to. Held on fictional text, with the
readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚县某某站2031年度项目资金绩效自评报告\n\n一、项目基本情况\n\n"


def test_a_budget_allotments_sum_is_a_budget():
    text = REPORT + "县财政局下给本站的培训资金,资金指标额度为36万元,当年全部用完。\n"
    assert kinds(text)[0] == ("36万元", "BUDGET")


def test_the_sum_arrived_or_paid_has_its_words_kind():
    text = REPORT + "本年到位金额为12.5万元;已支付金额为11万元。\n"
    assert kinds(text) == [("12.5万元", "REVENUE"), ("11万元", "SPENDING")]


def test_a_goals_value_stays_a_plan():
    text = REPORT + "数量指标:年度指标值为30万元。\n"
    assert kinds(text) == [("30万元", "PLANNED")]


def test_a_bare_sum_and_a_purchase_sum_keep_todays_reading():
    text = REPORT + "其中:采购金额为8万元。\n"
    assert kinds(text) == [("8万元", "OTHER")]


def test_a_contracts_sum_stays_a_contract():
    text = REPORT + "与施工单位签订合同,合同金额为20万元。\n"
    assert kinds(text) == [("20万元", "CONTRACT")]
