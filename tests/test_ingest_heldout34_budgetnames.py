"""A budget's fee and an arranged fund named between the budget word and the figure: the
thirty-fourth held-out trial read 2021年预算飞行经费共计9799.2万元 (and its parts) as spent by
the 经费 ending the fee's name, 共安排中央…(…补助)救灾资金7814万元 as received by the 补助 inside
the fund's name, and 全额安排学前教育专项资金 after 省级资金计划 as planned. Held on fictional
text, with the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚县某某局2031年度项目支出绩效自评报告\n\n一、项目资金情况\n\n"


def test_a_fee_the_budget_names_is_budgeted_and_so_are_its_parts():
    text = REPORT + "本年度预算巡护经费合计300万元,其中市级资金200万元,县级资金100万元。\n"
    assert kinds(text) == [("300万元", "BUDGET"), ("200万元", "BUDGET"), ("100万元", "BUDGET")]


def test_a_fund_arranged_under_its_own_name_is_budgeted():
    text = REPORT + "依据上级资金计划,县财政统筹安排困难群众(临时救助补助)专项资金64万元。\n"
    assert kinds(text) == [("64万元", "BUDGET")]


def test_a_budget_executed_as_a_fee_stays_spent():
    text = REPORT + "全年预算执行经费58万元。\n"
    assert kinds(text) == [("58万元", "SPENDING")]


def test_funds_arranged_to_be_paid_stay_paid():
    text = REPORT + "县财政安排拨付资金64万元。\n"
    assert kinds(text) == [("64万元", "REVENUE")]


def test_a_need_to_arrange_funds_stays_planned():
    text = REPORT + "该项目还需县级财政安排资金30万元。\n"
    assert kinds(text) == [("30万元", "PLANNED")]
