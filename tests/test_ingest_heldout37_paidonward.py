"""What a unit pays on of funds handed to it: the thirty-sixth and thirty-seventh held-out
trials read 财政下达项目资金50万元,目前已拨付10万元 and …两项合计154万元,…实际拨付114万元 as money
received (拨付). Who gives to whom decides. Held on fictional text, with the readings the rules
must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚县某某局2031年度项目支出绩效自评报告\n\n一、项目基本情况\n\n"


def test_what_the_unit_paid_on_of_funds_arranged_for_it_is_spent():
    text = REPORT + "年初安排道路养护资金80万元,截至12月底已拨付62万元。\n"
    assert kinds(text)[-1] == ("62万元", "SPENDING")


def test_what_the_unit_paid_of_a_fund_handed_down_is_spent():
    text = REPORT + "县财政局下达我局补助资金36万元;累计已拨付27万元,执行率75%。\n"
    assert kinds(text)[-1] == ("27万元", "SPENDING")


def test_paid_and_arrived_stays_received():
    text = REPORT + "县财政局下达我局补助资金36万元,已拨付到位36万元。\n"
    assert kinds(text)[-1] == ("36万元", "REVENUE")


def test_paid_and_said_to_have_reached_the_account_stays_received():
    text = REPORT + "县财政局下达我局补助资金36万元,已拨付27万元到账。\n"
    assert kinds(text)[-1] == ("27万元", "REVENUE")


def test_a_payer_named_before_the_verb_stays_received():
    text = REPORT + "年初安排道路养护资金80万元,县财政已拨付62万元。\n"
    assert kinds(text)[-1] == ("62万元", "REVENUE")


def test_a_payment_with_nothing_given_before_it_stays_received():
    text = REPORT + "该项目已拨付62万元。\n"
    assert kinds(text) == [("62万元", "REVENUE")]
