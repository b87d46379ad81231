"""A fee named only by 经费 under a heading of the funds' input: the thirty-fourth held-out
trial read 经费共计1400万元 under (二)项目投入情况, and 项目资金落实到位,经费369万元 under
(二)资金落实(6分), as money spent, the bare 经费 of the fee's name heard as an act of spending.
Held on fictional text, with the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚市某某局2031年度专项资金绩效自评报告\n\n一、项目基本情况\n\n"


def test_a_fee_under_a_heading_of_the_projects_input_is_its_budget():
    text = REPORT + "(三)资金投入情况分析\n本年度河道保洁补助经费合计58万元,由县财政全额安排。\n"
    assert kinds(text) == [("58万元", "BUDGET")]


def test_a_fee_under_a_scored_heading_of_funds_secured_a_paragraph_down():
    text = (
        REPORT
        + "2、资金落实情况(5分):\n"
        + "本项目资金按时足额落实。\n"
        + "培训项目资金落实到位,培训费用12万元,其中师资费3万元。\n"
    )
    assert kinds(text) == [("12万元", "BUDGET"), ("3万元", "BUDGET")]


def test_a_fee_under_another_heading_stays_spent():
    text = REPORT + "(三)项目实施情况\n本年度河道保洁补助经费合计58万元,由县财政全额安排。\n"
    assert kinds(text) == [("58万元", "SPENDING")]


def test_a_heading_of_input_and_spending_keeps_the_fee_spent():
    text = REPORT + "(三)项目资金投入及支出情况\n本年度河道保洁经费合计58万元。\n"
    assert kinds(text) == [("58万元", "SPENDING")]


def test_spending_said_under_the_input_heading_stays_spent():
    text = REPORT + "(三)资金投入情况分析\n截至年底已支付河道保洁经费58万元。\n"
    assert kinds(text) == [("58万元", "SPENDING")]


def test_a_clause_of_spending_before_the_fee_keeps_it_spent():
    text = REPORT + "(三)资金投入情况分析\n资金已全部使用,保洁经费58万元。\n"
    assert kinds(text) == [("58万元", "SPENDING")]


def test_another_numbered_heading_between_ends_the_section():
    text = REPORT + "(三)资金投入情况分析\n资金已落实。\n(四)项目实施\n保洁经费58万元。\n"
    assert kinds(text) == [("58万元", "SPENDING")]
