"""Budgets listed item by item: the forty-first held-out trial read the items of a counted
list of a year's budget projects (年初预算项目N个,预算项目经费…,具体包括:…) as spent or
received by the 经费 / 补助资金 ending their names, and fees listed under a heading of the
funds' arrangement (资金安排情况) as spent. Held on fictional text, with the readings the
rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "某某县某某局2031年度项目支出绩效自评报告\n\n一、项目基本情况\n\n"


def test_the_items_of_a_counted_list_of_budget_projects_are_the_budget():
    text = REPORT + (
        "本年度预算项目3个,预算项目经费40万元,具体包括:档案整理经费12万元、"
        "河道清淤8万元、文体设施补助资金20万元。\n"
    )
    assert kinds(text) == [
        ("40万元", "BUDGET"),
        ("12万元", "BUDGET"),
        ("8万元", "BUDGET"),
        ("20万元", "BUDGET"),
    ]


def test_an_item_saying_its_own_act_keeps_the_list_to_its_words():
    text = REPORT + (
        "本年度预算项目2个,预算项目经费20万元,具体包括:档案整理已支出经费12万元、河道清淤8万元。\n"
    )
    assert ("12万元", "SPENDING") in kinds(text)


def test_projects_counted_with_no_budget_word_keep_their_reading():
    text = REPORT + "本年度完成项目2个,具体包括:档案整理经费12万元、河道清淤经费8万元。\n"
    assert kinds(text) == [("12万元", "SPENDING"), ("8万元", "SPENDING")]


ARRANGED = "某某县某某局2031年度专项资金绩效评价报告\n\n一、基本情况\n\n2.资金安排情况\n\n"


def test_fees_listed_under_a_heading_of_the_funds_arrangement_are_the_budget():
    text = ARRANGED + (
        "2031年专项资金共到位90万元,具体安排:\n\n"
        "(1)甲协作办公经费和乙联络经费分别为5万元和15万元。(2)对口帮扶工作经费70万元。\n"
    )
    assert kinds(text) == [
        ("90万元", "REVENUE"),
        ("5万元", "BUDGET"),
        ("15万元", "BUDGET"),
        ("70万元", "BUDGET"),
    ]


def test_fees_spent_under_that_heading_keep_their_reading():
    text = ARRANGED + "(1)对口帮扶工作已支出经费70万元。\n"
    assert kinds(text) == [("70万元", "SPENDING")]


def test_fees_under_a_heading_of_the_funds_use_keep_their_reading():
    text = (
        "某某县某某局2031年度专项资金绩效评价报告\n\n一、基本情况\n\n2.资金使用情况\n\n"
        "(1)甲协作办公经费和乙联络经费分别为5万元和15万元。\n"
    )
    assert kinds(text) == [("5万元", "SPENDING"), ("15万元", "SPENDING")]
