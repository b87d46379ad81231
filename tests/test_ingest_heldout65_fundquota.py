"""Trial 65's 1341 (a municipal archive's mid-year monitoring report on an essay site), by class,
on fictional text: the quotas a fund was set (专项经费指标, 专项指标, 公用经费指标总额) are its
budget, as 资金指标 is (``kinds.kindwords``); they were read as spent by the 经费 of their name.
A goal's 指标值 and an indicator of performance (成本指标) keep their readings. Test material,
fictional."""

from __future__ import annotations

from fictional_text import kinds

HEAD = "样例馆2035年项目运行绩效监控报告\n一、项目支出基本情况\n"
QUOTAS = (
    "样例馆2035年年初专项经费指标总额为30万元,其中:\n"
    "1、样例保管专项经费指标为18万元,用于档案保管;\n"
    "2、样例装具专项指标为12万元,用于装具购置。\n"
    "公用经费指标总额为41.5万元,用于保证正常运转。\n"
)


def test_a_funds_quota_is_its_budget():
    read = dict(kinds(HEAD + QUOTAS))
    assert read["30万元"] == "BUDGET"
    assert read["18万元"] == "BUDGET"
    assert read["12万元"] == "BUDGET"
    assert read["41.5万元"] == "BUDGET"


def test_a_goals_value_and_spent_funds_are_no_quota():
    goal = HEAD + "专项经费指标值为30万元,实际支出专项经费28万元。\n"
    read = dict(kinds(goal))
    assert read["30万元"] == "PLANNED"
    assert read["28万元"] == "SPENDING"
    assert dict(kinds(HEAD + "样例保管专项经费18万元。\n"))["18万元"] == "SPENDING"
