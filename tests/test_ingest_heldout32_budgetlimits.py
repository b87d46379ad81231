"""Budgets the words before them did not name: the thirty-second held-out trial (texts
395–412) read funds named after a budget allocation's file number (…会议经费》红财预指[2019]
035号文件,项目资金5.21万元) and a ceiling (在120萬元額度內統籌安排使用) as money spent. Held on
fictional text, with the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚县某某协会2031年度项目资金绩效自评报告\n\n一、项目基本情况\n\n"


def test_funds_named_after_a_budget_allocations_file_number_are_a_budget():
    text = REPORT + "根据《关于拨付培训经费的通知》青财预〔2031〕18号,专项资金3.4万元。\n"
    assert kinds(text) == [("3.4万元", "BUDGET")]


def test_a_file_number_of_another_office_keeps_todays_reading():
    text = REPORT + "根据《关于拨付培训经费的通知》青财农〔2031〕18号,专项资金3.4万元。\n"
    assert kinds(text) != [("3.4万元", "BUDGET")]


def test_money_said_spent_after_the_file_number_stays_spent():
    text = REPORT + "依据青财预〔2031〕18号文件,实际支出资金3.4万元。\n"
    assert kinds(text) == [("3.4万元", "SPENDING")]


def test_a_ceiling_to_be_used_within_is_a_budget():
    text = REPORT + "项目按照专款专用、统筹使用的要求,控制在45万元资金限额以内开支。\n"
    assert kinds(text) == [("45万元", "BUDGET")]


def test_spending_without_a_ceiling_stays_spent():
    text = REPORT + "项目按照专款专用、统筹使用的要求,全年使用45万元。\n"
    assert kinds(text) == [("45万元", "SPENDING")]


def test_a_contract_within_a_limit_stays_a_contract():
    text = REPORT + "合同金额48万元限额以内。\n"
    assert kinds(text) == [("48万元", "CONTRACT")]
