"""The base of an execution rate named by its fund alone, the remainder stated before the
rate: the thirty-third held-out trial (texts 413–428) read 州级补助资金2.00万元,截至…,资金已使用
2.00万元,结余0万元,资金执行率100% — the fund's budget, the base of the rate — as money received
by the 补助 of its name. Held on fictional text, with the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚县某某中心2031年度项目资金绩效自评报告\n\n二、项目资金执行情况\n\n"


def test_a_funds_base_with_its_remainder_before_the_rate_is_a_budget():
    text = REPORT + "市级补助资金40万元,年底前已支出30万元,结余10万元,资金执行率75%。\n"
    assert kinds(text) == [("40万元", "BUDGET"), ("30万元", "SPENDING"), ("10万元", "CARRY_OVER")]


def test_a_remainder_that_is_not_the_difference_keeps_todays_reading():
    text = REPORT + "市级补助资金40万元,年底前已支出30万元,剩余8万元,资金执行率75%。\n"
    assert kinds(text)[0] == ("40万元", "REVENUE")


def test_a_rate_that_does_not_agree_keeps_todays_reading():
    text = REPORT + "市级补助资金40万元,年底前已支出30万元,剩余10万元,资金执行率80%。\n"
    assert kinds(text)[0] == ("40万元", "REVENUE")


def test_funds_said_to_have_arrived_stay_received():
    text = REPORT + "到位补助资金40万元,年底前已支出30万元,剩余10万元,资金执行率75%。\n"
    assert kinds(text)[0] == ("40万元", "REVENUE")


def test_a_remainder_said_left_over_makes_the_fund_the_base_too():
    text = REPORT + "市级补助资金40万元,年底前已支出30万元,剩余10万元,资金执行率75%。\n"
    assert kinds(text)[:2] == [("40万元", "BUDGET"), ("30万元", "SPENDING")]
