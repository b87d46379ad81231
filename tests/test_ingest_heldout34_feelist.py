"""The next fee of a list a budget's verb opens: the thirty-fourth held-out trial read
每年安排立法经费50万元、代表培训经费60万元、宣传经费30万元 as one budget and two sums spent, the
经费 ending each next item's name taken for spending. Held on fictional text, with the
readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚县某某局2031年度项目支出绩效自评报告\n\n一、项目基本情况\n\n"


def test_fees_listed_after_an_arranged_fee_are_budgeted():
    text = (
        REPORT + "县财政安排课题调研经费12万元、档案整理费用3万元、信息化运维费8万元,专款专用。\n"
    )
    assert kinds(text) == [("12万元", "BUDGET"), ("3万元", "BUDGET"), ("8万元", "BUDGET")]


def test_fees_listed_after_a_spent_fee_stay_spent():
    text = REPORT + "全年支出课题调研经费12万元、档案整理费用3万元。\n"
    assert kinds(text) == [("12万元", "SPENDING"), ("3万元", "SPENDING")]


def test_an_item_naming_its_own_kind_keeps_it():
    text = REPORT + "县财政安排课题调研经费12万元、实际支出3万元。\n"
    assert kinds(text) == [("12万元", "BUDGET"), ("3万元", "SPENDING")]


def test_a_fee_listed_after_a_change_takes_no_change():
    text = REPORT + "课题调研经费较上年增加12万元、档案整理经费3万元。\n"
    assert kinds(text)[0] == ("12万元", "CHANGE")
    assert kinds(text)[1][1] != "CHANGE"


def test_a_fee_listed_after_money_received_keeps_todays_reading():
    text = REPORT + "收到上级补助资金12万元、档案整理经费3万元。\n"
    assert kinds(text)[1] == ("3万元", "BUDGET")
