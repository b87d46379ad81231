"""The fund a report evaluates, said first under a heading of its budget: the thirty-eighth
held-out trial left …奖补资金80670万元,其中:…26216万元,… unread under (二)项目内容和预算支出
情况. Held on fictional text, with the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "某某省2031年度某某专项资金绩效评价报告\n\n一、项目基本情况\n\n"


def test_the_fund_under_a_heading_of_its_budget_and_its_parts():
    text = REPORT + "(二)资金预算情况\n2031年度林业发展专项资金5400万元,其中:造林补贴3000万元,管护补贴2400万元。\n"
    assert kinds(text) == [("5400万元", "BUDGET"), ("3000万元", "BUDGET"), ("2400万元", "BUDGET")]


def test_under_a_heading_of_execution_it_stays_unread():
    text = REPORT + "(二)预算执行情况\n2031年度林业发展专项资金5400万元。\n"
    assert kinds(text) == [("5400万元", None)]


def test_only_the_first_sentence_under_the_heading():
    text = REPORT + "(二)资金预算情况\n本项目涉及全省各县。2031年度林业发展专项资金5400万元。\n"
    assert kinds(text) == [("5400万元", None)]


def test_a_named_kind_under_the_heading_keeps_it():
    text = REPORT + "(二)项目内容和预算支出情况\n全年实际支出林业发展专项资金5100万元。\n"
    assert kinds(text) == [("5100万元", "SPENDING")]
