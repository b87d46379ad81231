"""Funds shared out and works paid: the forty-first held-out trial left a fund said in the
next clause to be shared out to the units building its projects (…资金440万元,项目资金已经分配
下达到项目建设单位:A项目资金140万元、…) unread or received, with the list after the colon, and
read 工程进度款已拨付资金… (the works' price named first, then paid) as received. Held on
fictional text, with the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "某某县某某局2031年度项目支出绩效自评报告\n\n一、项目资金情况\n\n"


def test_a_fund_shared_out_to_the_builders_and_its_list_are_the_budget():
    text = REPORT + (
        "本县2031年乡村公益事业专项资金300万元,该资金已全部分配至各项目实施单位:"
        "甲村道路硬化项目资金120万元、乙村文化广场项目资金180万元。\n"
    )
    assert kinds(text) == [
        ("300万元", "BUDGET"),
        ("120万元", "BUDGET"),
        ("180万元", "BUDGET"),
    ]


def test_funds_shared_out_to_the_unit_itself_keep_their_reading():
    text = REPORT + "上级已分配下达到我局:甲村道路硬化项目资金120万元。\n"
    assert kinds(text) != [("120万元", "BUDGET")]


def test_a_list_after_funds_said_received_keeps_its_reading():
    text = (
        REPORT + "项目资金已到位:甲村道路硬化项目已支出资金120万元、乙村文化广场项目资金180万元。\n"
    )
    assert ("120万元", "SPENDING") in kinds(text)


def test_the_price_of_works_named_first_then_paid_is_spent():
    text = REPORT + "截至2031年10月,该项目工程款累计拨付资金86.5万元,拨付率72%。\n"
    assert kinds(text) == [("86.5万元", "SPENDING")]


def test_the_price_of_works_paid_into_the_unit_stays_received():
    text = REPORT + "该项目工程款已拨付至我局账户86.5万元。\n"
    assert kinds(text) != [("86.5万元", "SPENDING")]


def test_funds_paid_with_no_works_named_stay_received():
    text = REPORT + "截至2031年10月,区财政局已拨付资金86.5万元。\n"
    assert kinds(text) == [("86.5万元", "REVENUE")]


def test_money_said_not_to_have_arrived_is_neither_received_nor_spent():
    text = REPORT + "其中一家合作社补助资金3.5万元尚未到位,原因是其账户变更。\n"
    assert kinds(text) == [("3.5万元", "OTHER")]


def test_money_said_to_have_arrived_stays_received():
    text = REPORT + "其中一家合作社补助资金3.5万元已全部到位。\n"
    assert kinds(text) == [("3.5万元", "REVENUE")]
