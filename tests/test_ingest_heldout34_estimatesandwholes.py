"""An investment estimate and a fund whose bracket of parts names its budget: the
thirty-fourth held-out trial read 项目投资估算67,463.91万元 as money of no kind (OTHER, by 投资)
and left 行动资金800万元(财政预算740万元,年底追加…60万元) unread. Held on fictional text, with
the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚县某某局2031年度项目支出绩效评价报告\n\n一、项目概况\n\n"


def test_an_investment_estimate_is_planned():
    text = REPORT + "该工程申报时估算总投资1,250.50万元,分两期实施。\n"
    assert kinds(text)[0] == ("1,250.50万元", "PLANNED")


def test_an_investment_alone_stays_other():
    text = REPORT + "全县完成固定资产投资1,250.50万元。\n"
    assert kinds(text) == [("1,250.50万元", "OTHER")]


def test_a_fund_whose_parts_are_its_budget_is_budgeted():
    text = REPORT + "河道保洁资金95万元(年初预算80万元,年中追加15万元),由县水利局统筹。\n"
    assert kinds(text) == [("95万元", "BUDGET"), ("80万元", "BUDGET"), ("15万元", "BUDGET")]


def test_parts_that_do_not_add_up_say_nothing_of_the_whole():
    text = REPORT + "河道保洁资金95万元(年初预算80万元,年中追加10万元),由县水利局统筹。\n"
    assert kinds(text)[0][1] is None


def test_a_fund_whose_first_part_arrived_is_no_budget():
    text = REPORT + "河道保洁资金95万元(已到位80万元,未到位15万元)。\n"
    assert kinds(text)[0][1] != "BUDGET"
