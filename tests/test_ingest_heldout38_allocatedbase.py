"""Funds shared out and the base of what was actually spent: the thirty-eighth held-out trial
read 已分配资金… / …实际分配… as received or left them unread, and an item's 经费 followed by
实际支出 and its 支出率 as spent. Held on fictional text, with the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚县某某局2031年度专项资金绩效评价报告\n\n一、基本情况\n\n(一)资金情况。\n\n"


def test_funds_said_shared_out_are_a_budget():
    text = REPORT + "截至年底,本局已分配资金360万元,分配率为100%。\n"
    assert kinds(text) == [("360万元", "BUDGET")]


def test_a_direction_actually_allocated_is_a_budget_past_an_arrival_before_it():
    text = REPORT + "(1)道路养护方向实际到位80万元;(2)桥梁检测方向实际分配45万元,已到位45万元。\n"
    assert kinds(text)[-2:] == [("45万元", "BUDGET"), ("45万元", "REVENUE")]


def test_funds_shared_out_in_place_are_no_budget():
    text = REPORT + "上级资金已分配到位120万元。\n"
    assert kinds(text)[0][1] != "BUDGET"  # where it went, not what it is: today's reading


def test_an_items_fee_and_what_was_actually_spent_of_it_by_the_rate():
    text = (
        REPORT + "资金实际到位90万元,到位率100%;(2)宣传培训经费12.00万元,实际支出9.00万元,"
        "资金支出率75%。\n"
    )
    assert kinds(text)[-2:] == [("12.00万元", "BUDGET"), ("9.00万元", "SPENDING")]


def test_a_fee_and_a_second_sum_whose_rate_disagrees_stays_spent():
    text = REPORT + "(2)宣传培训经费12.00万元,实际支出9.00万元,资金支出率80%。\n"
    assert kinds(text)[-2] == ("12.00万元", "SPENDING")


def test_a_fee_the_clause_names_as_received_is_no_base_by_a_rate_alone():
    text = REPORT + "(2)上级补助宣传培训经费12.00万元,实际支出9.00万元,资金支出率75%。\n"
    assert kinds(text)[-2][0] == "12.00万元"
    assert kinds(text)[-2][1] != "BUDGET"
