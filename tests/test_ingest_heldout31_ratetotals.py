"""A total arranged at a rate is a budget: the thirty-first held-out trial (texts 387–394)
read 按生均…元安排,共计…万元 and its parts as rates. Held on fictional text, with the
readings the rule must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚县某某小学2031年度专项资金绩效自评报告\n\n一、项目基本情况\n\n"


def test_a_total_arranged_at_a_rate_per_head_is_a_budget_and_so_are_its_parts():
    text = REPORT + "本年度按人均800元标准安排,合计64万元,其中省级资金40万元,县级24万元。\n"
    assert kinds(text) == [
        ("800元", "PRICE_OR_RATE"),
        ("64万元", "BUDGET"),
        ("40万元", "BUDGET"),
        ("24万元", "BUDGET"),
    ]


def test_a_total_arranged_right_after_a_rate_per_household_is_a_budget():
    text = REPORT + "对困难家庭每户500元安排,总计3.5万元。\n"
    assert kinds(text) == [("500元", "PRICE_OR_RATE"), ("3.5万元", "BUDGET")]


def test_the_rate_itself_stays_a_rate():
    text = REPORT + "学校按生均1200元安排公用经费。\n"
    assert kinds(text) == [("1200元", "PRICE_OR_RATE")]


def test_a_planned_arrangement_is_not_read_as_a_budget_here():
    text = REPORT + "下年度拟按人均800元安排,合计64万元。\n"
    assert kinds(text)[1] != ("64万元", "BUDGET")


def test_a_total_with_words_of_its_own_is_read_by_them():
    text = REPORT + "按人均800元安排,共计支出64万元。\n"
    assert kinds(text)[1] == ("64万元", "SPENDING")


def test_a_total_of_a_rate_handed_out_stays_spent():
    text = REPORT + "慰问困难职工20人,标准为每人400元,共计0.8万元。\n"
    assert kinds(text)[1] == ("0.8万元", "SPENDING")
