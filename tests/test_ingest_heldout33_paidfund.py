"""Money paid under a fund's name: the thirty-third held-out trial (texts 413–428) read
支付食品药品监管补助资金8万元 as money received, by the 补助 of the fund's name after the verb.
Held on fictional text, with the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚县某某站2031年度项目资金绩效自评报告\n\n一、项目资金使用情况\n\n"


def test_money_charged_to_a_subsidy_fund_is_spent():
    text = REPORT + "全年共计列支农机购置补助资金46.2万元,用于购置设备。\n"
    assert kinds(text) == [("46.2万元", "SPENDING")]


def test_money_paid_out_of_a_subsidy_fund_is_spent():
    text = REPORT + "本站当年已支付培训补助款3万元。\n"
    assert kinds(text) == [("3万元", "SPENDING")]


def test_a_transfer_payments_subsidy_stays_received():
    text = REPORT + "本年收到转移支付补助资金9万元。\n"
    assert kinds(text) == [("9万元", "REVENUE")]


def test_a_payment_still_due_is_not_spent():
    text = REPORT + "尚有待支付补助资金2万元。\n"
    assert kinds(text)[0][1] != "SPENDING"


def test_a_budget_named_after_the_verb_stays_a_budget():
    text = REPORT + "支付补助资金预算5万元。\n"
    assert kinds(text) == [("5万元", "BUDGET")]


def test_a_payment_expected_is_not_spent():
    text = REPORT + "预计发放补助资金4万元,计划支付补助资金6万元。\n"
    assert all(kind != "SPENDING" for _, kind in kinds(text))
