"""Executed in full, said after the figure: the thirty-third held-out trial (texts 413–428)
read …服务资金3728万元全部执行到位 as money arrived, by the 分配到位 of the clause before it.
Held on fictional text, with the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚县某某中心2031年度项目资金绩效自评报告\n\n二、项目资金执行情况\n\n"


def test_funds_said_after_their_figure_to_be_executed_are_spent():
    text = REPORT + "上级资金已拨付到位,全年防疫资金52.6万元已执行完毕。\n"
    assert kinds(text) == [("52.6万元", "SPENDING")]


def test_funds_arrived_after_their_figure_stay_received():
    text = REPORT + "全年防疫资金52.6万元已拨付到位。\n"
    assert kinds(text) == [("52.6万元", "REVENUE")]


def test_a_budget_executed_keeps_its_kind():
    text = REPORT + "全年预算资金52.6万元全部执行到位。\n"
    assert kinds(text) == [("52.6万元", "BUDGET")]


def test_an_execution_rate_after_the_figure_is_no_act():
    text = REPORT + "年初安排资金52.6万元,执行率100%。\n"
    assert kinds(text)[0] == ("52.6万元", "BUDGET")
