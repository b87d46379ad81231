"""Funds paid on to those who carry the work out, and a fund's size: the thirty-eighth
held-out trial read 实际拨付至261个项目实施单位… as money received (拨付) and left 总资金规模…
unread. Held on fictional text, with the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "某某省某某厅2031年度专项资金绩效自评报告\n\n一、专项资金基本情况\n\n"


def test_paid_on_to_the_units_that_carry_projects_out_is_spent():
    text = REPORT + "截至年底,累计拨付到37家承建企业的资金为5120万元。\n"
    assert kinds(text) == [("5120万元", "SPENDING")]


def test_paid_to_counties_and_its_parts_are_spent():
    text = REPORT + "已拨付给各县(市)880万元(其中中央资金800万元,省级资金80万元)。\n"
    assert kinds(text) == [("880万元", "SPENDING"), ("800万元", "SPENDING"), ("80万元", "SPENDING")]


def test_paid_and_arrived_stays_received():
    text = REPORT + "省财政已拨付到位资金300万元。\n"
    assert kinds(text) == [("300万元", "REVENUE")]


def test_paid_to_this_unit_stays_received():
    text = REPORT + "市财政局拨付至我局专项资金300万元。\n"
    assert kinds(text) == [("300万元", "REVENUE")]


def test_a_funds_size_is_its_budget_and_its_parts_too():
    text = REPORT + "本年度资金规模为6400万元(其中中央财政资金6000万元,省级财政资金400万元)。\n"
    assert kinds(text) == [("6400万元", "BUDGET"), ("6000万元", "BUDGET"), ("400万元", "BUDGET")]


def test_a_size_of_no_fund_stays_unread():
    text = REPORT + "项目建设规模为3万平方米,总投资规模未定,已到位资金150万元。\n"
    assert kinds(text) == [("150万元", "REVENUE")]
