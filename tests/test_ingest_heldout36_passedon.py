"""Funds passed on in full, said after their figure: the thirty-sixth held-out trial read
将1400万元中央转移支付资金全部下达至有关部门和州(市) and …补助资金99万元全部拨付各个县市区 as money
received (the 下达 before, the 补助 of the fund's name). Held on fictional text, with the
readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚县某某局2031年度项目支出绩效自评报告\n\n一、项目基本情况\n\n"


def test_a_fund_handed_down_in_full_to_those_under_it_is_a_budget():
    text = REPORT + "按文件要求,市局将260万元省级资金全额下达至各县区。\n"
    assert kinds(text) == [("260万元", "BUDGET")]


def test_a_fund_paid_in_full_to_those_under_it_is_spent():
    text = REPORT + "2031年3月将上级补助资金48万元全部拨付所属各乡镇。\n"
    assert kinds(text) == [("48万元", "SPENDING")]


def test_a_fund_paid_in_full_and_arrived_stays_received():
    text = REPORT + "上级补助资金48万元全部拨付到位。\n"
    assert kinds(text) == [("48万元", "REVENUE")]


def test_a_fund_handed_down_to_the_unit_stays_received():
    text = REPORT + "省财政下达我局补助资金48万元,已拨付到账。\n"
    assert kinds(text) == [("48万元", "REVENUE")]
