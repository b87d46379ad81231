"""Money said after its figure to be paid out, and what a fund is made of: the thirty-second
held-out trial (texts 395–412) read 补助资金…元于<date>发放 as money received, 共计…元全部发放完毕
after a 标准 as a rate, and 该项资金包含…及…,合计… as revenue. Held on fictional text, with
the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚县某某镇2031年度专项资金绩效自评报告\n\n一、项目基本情况\n\n"


def test_a_fund_paid_out_on_a_date_said_after_it_is_spent():
    text = (
        REPORT
        + "截至年底,县级奖补资金3.6万元已于2031年6月全部兑付,市级补贴款1.2万元于2031年9月3日发放。\n"
    )
    assert kinds(text) == [("3.6万元", "SPENDING"), ("1.2万元", "SPENDING")]


def test_a_total_said_paid_out_after_a_standard_is_spent():
    text = REPORT + "该批慰问金按慰问标准逐户发放,合计9.8万元已全部发放到户。\n"
    assert kinds(text) == [("9.8万元", "SPENDING")]


def test_money_that_arrived_on_a_date_stays_revenue():
    text = REPORT + "县级奖补资金3.6万元于2031年5月8日拨付到账。\n"
    assert kinds(text) == [("3.6万元", "REVENUE")]


def test_a_budget_paid_out_later_stays_a_budget():
    text = REPORT + "年初预算资金3.6万元于2031年6月发放。\n"
    assert kinds(text) == [("3.6万元", "BUDGET")]


def test_a_payment_still_planned_is_not_spent():
    text = REPORT + "县级奖补资金3.6万元将于2032年1月发放。\n"
    assert kinds(text) != [("3.6万元", "SPENDING")]


def test_a_rate_paid_on_a_date_stays_a_rate():
    text = REPORT + "按每人每月300元于2031年3月发放。\n"
    assert kinds(text) == [("300元", "PRICE_OR_RATE")]


def test_the_parts_and_total_of_a_fund_are_its_budget():
    text = (
        REPORT
        + "本项目资金包括中央补助资金60万元、省级补助资金30万元和县级配套资金10万元,共计100万元。\n"
    )
    assert kinds(text) == [
        ("60万元", "BUDGET"),
        ("30万元", "BUDGET"),
        ("10万元", "BUDGET"),
        ("100万元", "BUDGET"),
    ]


def test_a_make_up_that_does_not_add_up_keeps_todays_reading():
    text = REPORT + "本项目资金包括中央补助资金60万元、省级补助资金30万元,共计100万元。\n"
    assert ("100万元", "BUDGET") not in kinds(text)


def test_funds_that_arrived_listed_by_source_stay_revenue():
    text = REPORT + "到位资金包括中央补助资金60万元、省级补助资金40万元,共计100万元。\n"
    assert all(kind != "BUDGET" for _, kind in kinds(text))


def test_a_payment_with_a_figure_of_its_own_leaves_the_fund_as_it_was():
    text = REPORT + "县级奖补资金3.6万元,已支付2.1万元。\n"
    assert kinds(text)[1] == ("2.1万元", "SPENDING")
    assert kinds(text)[0] != ("3.6万元", "SPENDING")
