"""A 决算's section on where its revenue came from: the forty-second held-out trial read the
part in brackets of 财政拨款X万元(含基本建设经费Y万元) as spending, and left the function
classes (类 / 款) listed under 财政拨款 unread or, where a 款's name ends in 支出, spent.
Held on fictional text, with the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "某某县某某馆2031年度部门决算公开\n\n一、部门决算情况说明\n\n"


def test_an_included_part_of_a_revenue_figure_is_revenue():
    text = REPORT + (
        "（二）收入来源情况。本年收入500万元,来源有两项:\n"
        "1、财政拨款收入420万元(含设备购置经费60万元)。\n2、其他收入80万元。\n"
    )
    assert kinds(text) == [
        ("500万元", "REVENUE"),
        ("420万元", "REVENUE"),
        ("60万元", "REVENUE"),
        ("80万元", "REVENUE"),
    ]


def test_an_included_part_of_spending_stays_spent():
    text = REPORT + "本年支出500万元:\n1、基本支出420万元(含设备购置经费60万元)。\n"
    assert kinds(text) == [("500万元", "SPENDING"), ("420万元", "SPENDING"), ("60万元", "SPENDING")]


def test_an_included_carry_over_keeps_its_own_word():
    text = REPORT + "本年收入合计500万元(含上年结转资金30万元)。\n"
    assert ("30万元", "REVENUE") not in kinds(text)


def test_classes_under_a_revenue_section_are_revenue_by_source():
    text = REPORT + (
        "（二）收入决算情况\n"
        "本年收入共计900万元。其中财政拨款860万元,分类如下:\n"
        "1.教育(类)700万元,包括普通教育(款)650万元,教育费附加安排的支出(款)50万元。\n"
        "2.社会保障和就业(类)160万元。\n"
    )
    found = kinds(text)
    for amount in ("700万元", "650万元", "50万元", "160万元"):
        assert (amount, "REVENUE") in found


def test_classes_under_a_spending_section_stay_spent():
    text = REPORT + (
        "（三）支出决算情况\n"
        "本年支出共计900万元,其中财政拨款支出860万元:\n"
        "1.教育(类)700万元,包括普通教育(款)650万元,教育费附加安排的支出(款)50万元。\n"
    )
    found = kinds(text)
    assert ("50万元", "SPENDING") in found
    assert ("700万元", "REVENUE") not in found
    assert ("650万元", "REVENUE") not in found


def test_classes_under_a_joint_heading_keep_their_reading():
    text = REPORT + (
        "（二）收入支出决算总体情况\n财政拨款860万元:教育费附加安排的支出(款)50万元。\n"
    )
    assert ("50万元", "REVENUE") not in kinds(text)


def test_classes_without_an_appropriation_keep_their_reading():
    text = REPORT + "（二）收入决算情况\n本年收入900万元。教育费附加安排的支出(款)50万元。\n"
    assert ("50万元", "REVENUE") not in kinds(text)
