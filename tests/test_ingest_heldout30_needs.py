"""Needs the thirtieth held-out trial (texts 375–386) read wrong: the funds a need asks to be
arranged (需…安排资金, read as arranged) and the items of a 一是…二是… list after an item that
names a need (left unread). Held on fictional text with the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

PROJECT = "青岚市某某局2031年度乡村道路项目事前绩效评价报告\n\n一、项目概况\n\n"


def test_funds_a_need_asks_to_be_arranged_are_planned():
    text = PROJECT + "成本指标:本工程尚需由市本级财政安排资金1200万元,已安排300万元。\n"
    assert kinds(text) == [("1200万元", "PLANNED"), ("300万元", "BUDGET")]


def test_funds_arranged_as_needed_stay_a_budget():
    text = PROJECT + "根据工作需要安排资金20万元,按需安排资金10万元。\n"
    assert kinds(text) == [("20万元", "BUDGET"), ("10万元", "BUDGET")]


def test_no_need_stays_a_budget():
    text = PROJECT + "该项目无需另行安排资金,年初安排资金50万元。\n"
    assert kinds(text) == [("50万元", "BUDGET")]


LIST = (
    "(二)项目资金安排\n"
    "一是道路勘察设计,需资金45万元;\n"
    "二是路面硬化工程310万元(含配套排水);\n"
    "三是安全防护设施62万元。\n"
)


def test_the_items_of_an_ordinal_list_take_their_earlier_items_kind():
    assert kinds(PROJECT + LIST) == [("45万元", "PLANNED"), ("310万元", "PLANNED"), ("62万元", "PLANNED")]


def test_items_of_two_kinds_leave_the_next_unread():
    text = PROJECT + LIST.replace("二是路面硬化工程310万元", "二是路面硬化工程已支付310万元")
    assert kinds(text)[2] == ("62万元", None)


def test_an_item_saying_its_own_kind_keeps_it():
    text = PROJECT + LIST.replace("三是安全防护设施62万元", "三是安全防护设施已支出62万元")
    assert kinds(text)[2] == ("62万元", "SPENDING")


def test_an_ordinal_list_of_no_amounts_gives_nothing():
    text = PROJECT + (
        "一是完成道路勘察设计;二是完成路面硬化。\n三是安全防护设施62万元。\n"
    )
    assert kinds(text) == [("62万元", None)]


def test_one_is_not_an_ordinal_inside_a_word():
    text = PROJECT + "统一是本项目的原则,需资金45万元。\n唯一是指…二是路面工程310万元。\n"
    assert kinds(text)[1] == ("310万元", None)
