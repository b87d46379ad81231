"""A bare 共计 summing what the segment before it handed down: the thirty-fourth held-out
trial read 2022年,中央下达我省3批…资金(水利部分),共计6800万元 as money received, the 下达 a
comma away from its figure. Held on fictional text, with the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚市某某局2031年度转移支付资金绩效自评报告\n\n一、资金情况\n\n"


def test_a_total_of_funds_handed_down_is_a_budget():
    text = REPORT + "2031年,省里分四次下达我市森林防火补助资金,合计312万元。\n"
    assert kinds(text) == [("312万元", "BUDGET")]


def test_a_total_of_funds_received_stays_received():
    text = REPORT + "2031年,我局收到省里下达的森林防火补助资金,合计312万元。\n"
    assert kinds(text) == [("312万元", "REVENUE")]


def test_a_total_after_another_amount_keeps_its_reading():
    text = REPORT + "省里下达补助资金100万元,市级配套资金,合计312万元。\n"
    assert kinds(text)[1][1] != "BUDGET"
