"""Funds evaluated and funds shared out: the forty-third held-out trial left a fund's size in
brackets after the fund an evaluation is of (我局对…专项资金(6778万元)认真进行了绩效评价)
unread, and the fund shared out by a key (…金为6778万元,其中1000万元按照…比例分配到市州,
剩余部分5778万元,按照…分配到…) unread with both its shares. Held on fictional text, with the
readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "某某省某某厅2031年度专项资金绩效评价报告\n\n一、项目基本情况\n\n"


def test_a_funds_size_in_brackets_after_the_fund_evaluated_is_its_budget():
    text = (
        REPORT
        + "受省财政厅委托,本厅已对2031年度农村公路养护补助资金(1250万元)开展了绩效评价工作。\n"
    )
    assert kinds(text) == [("1250万元", "BUDGET")]


def test_a_bracket_saying_an_act_keeps_its_reading():
    text = REPORT + "我厅对农村公路养护补助资金(已支出1250万元)开展了绩效评价。\n"
    assert kinds(text) == [("1250万元", "SPENDING")]


def test_a_fund_in_brackets_not_evaluated_in_its_sentence_keeps_its_reading():
    text = REPORT + "我厅对农村公路养护补助资金(1250万元)进行了拨付。\n"
    assert kinds(text) != [("1250万元", "BUDGET")]


def test_a_fund_shared_out_by_a_key_and_its_shares_are_the_budget():
    text = REPORT + (
        "2031年度某某奖励金总额为900万元,其中300万元依据各县人口数量的比例分配给各县,"
        "余下600万元,根据上年度考核结果的因素分配至各县。\n"
    )
    assert kinds(text) == [("900万元", "BUDGET"), ("300万元", "BUDGET"), ("600万元", "BUDGET")]


def test_shares_not_adding_up_to_the_total_leave_it_unread():
    text = REPORT + (
        "2031年度某某奖励金总额为900万元,其中300万元依据各县人口数量的比例分配给各县,"
        "余下500万元,根据上年度考核结果的因素分配至各县。\n"
    )
    assert kinds(text)[0] == ("900万元", None)


def test_a_share_said_spent_by_its_key_keeps_its_reading():
    text = REPORT + "其中已支出300万元,按照合同约定的比例支付给施工单位。\n"
    assert kinds(text) == [("300万元", "SPENDING")]
