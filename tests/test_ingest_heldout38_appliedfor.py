"""What those under a fund applied for out of it, and the subsidies it handed out: the
thirty-eighth held-out trial read 各县区申请市级补贴共计… and …补贴金额154.89万元 as money of no
kind and 某县申请…补贴… unread. Held on fictional text, with the readings the rules must
keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "某某市某某局2031年度市级补助资金绩效评价报告\n\n一、基本情况\n\n"


def test_what_the_towns_applied_for_is_the_budget():
    text = REPORT + "全市12个乡镇共申请市级奖励资金合计360万元。\n"
    assert kinds(text) == [("360万元", "BUDGET")]


def test_a_county_applying_for_a_subsidy_is_the_budget():
    text = REPORT + "北河县申请困难群众救助补贴52.5万元,当年实际发放救助资金50万元。\n"
    assert kinds(text) == [("52.5万元", "BUDGET"), ("50万元", "SPENDING")]


def test_an_application_form_names_no_budget():
    text = REPORT + "申请表中填报的金额为12万元。\n"
    assert kinds(text)[0][1] != "BUDGET"


def test_a_fund_granted_after_an_application_keeps_its_reading():
    text = REPORT + "经申请,县财政已拨付到位资金30万元。\n"
    assert kinds(text) == [("30万元", "REVENUE")]


def test_the_sum_of_subsidies_handed_out_is_spent():
    text = REPORT + "全年共为218户农户发放农机购置补贴,补贴金额共计64.2万元。\n"
    assert kinds(text) == [("64.2万元", "SPENDING")]


def test_the_subsidy_sum_applied_for_is_not_spent():
    text = REPORT + "北河县申请补贴金额52.5万元。\n"
    assert kinds(text)[0][1] != "SPENDING"  # the 金额 of the application: today's reading
