"""What a unit applied for (申报) in its budget: trial 36's 478 read 共申报项目资金215.00万元,
其中:政务运作工作经费15.00万元… as spent (its parts' 经费) and left the total unread. 申报 right
before the money's own noun names a budget asked for, and the 其中 parts are of that budget.
Held on fictional text, with the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚县某某局2031年度项目支出绩效自评报告\n\n一、项目概况\n\n(一)资金情况。\n\n"


def test_the_funds_applied_for_are_a_budget_and_their_fee_parts_too():
    text = (
        REPORT + "本年度我局向县财政申报资金80.00万元,其中:设备维护经费30.00万元,"
        "人员培训经费50.00万元。\n"
    )
    assert kinds(text) == [
        ("80.00万元", "BUDGET"),
        ("30.00万元", "BUDGET"),
        ("50.00万元", "BUDGET"),
    ]


def test_the_amount_applied_for_by_its_number_is_a_budget():
    text = REPORT + "经审核,该项目申报金额为12万元。\n"
    assert kinds(text) == [("12万元", "BUDGET")]


def test_a_fee_for_writing_the_application_is_no_budget_asked_for():
    text = REPORT + "全年支付申报材料编制费3.00万元。\n"
    assert kinds(text) == [("3.00万元", "SPENDING")]


def test_spending_said_after_an_application_stays_spent():
    text = REPORT + "项目已完成申报工作,全年实际支出资金20.00万元。\n"
    assert kinds(text) == [("20.00万元", "SPENDING")]
