"""Funds allocated, said after their figure and a bracket of its parts: the thirty-third
held-out trial (texts 413–428) left 预拨资金3608万元(中央资金2855万元、省级资金753万元)分配到各
项目实施机构 unread, all three, the 分配到 standing past the bracket. Held on fictional text,
with the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚县某某局2031年度项目资金绩效自评报告\n\n一、项目基本情况\n\n"


def test_funds_allocated_past_a_bracket_of_parts_are_a_budget_and_so_are_the_parts():
    text = REPORT + "县局将清算资金90万元(市级资金60万元、县级资金30万元)分配至各乡镇。\n"
    assert kinds(text) == [("90万元", "BUDGET"), ("60万元", "BUDGET"), ("30万元", "BUDGET")]


def test_funds_allocated_right_after_the_figure_stay_a_budget():
    text = REPORT + "县局将清算资金90万元分配至各乡镇。\n"
    assert kinds(text) == [("90万元", "BUDGET")]


def test_a_bracket_without_money_then_no_allocation_keeps_todays_reading():
    text = REPORT + "县局将清算资金90万元(含利息)用于各乡镇。\n"
    assert kinds(text)[0][1] != "BUDGET"


def test_funds_received_before_a_bracket_stay_received():
    text = REPORT + "收到上级补助资金90万元(市级资金60万元、县级资金30万元),分配至各乡镇。\n"
    assert kinds(text)[0] == ("90万元", "REVENUE")
