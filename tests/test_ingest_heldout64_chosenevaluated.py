"""Trial 64's 1336, a development zone's notice of its evaluation results: 重点选择2022年度14个重点
项目或重大民生项目及…社会关注度高的项目开展重点绩效评价,涉及财政资金8471.18万元;选取2个单位开展
部门(单位)整体支出绩效评价,涉及财政资金21765.91万元. The projects or units counted are chosen
with their qualities before the evaluation is named; the money the evaluations cover is the
money evaluated, OTHER (``kinds.evaluatedcount``), not spent by the 整体支出 of the evaluation's
name. A count with no evaluation, or money named by an act (涉及预算资金), keeps its reading.
Test material, fictional.
"""

from __future__ import annotations

from fictional_text import kinds

HEAD = "2035年度青岚区部门整体支出绩效自评报告\n一、部门概况\n"


def _kind(sentence: str) -> str | None:
    return kinds(HEAD + sentence)[-1][1]


def test_the_money_chosen_projects_or_units_evaluations_cover_is_other():
    assert (
        _kind(
            "重点选择5个重点项目或重大民生项目及社会关注度高的项目开展重点绩效评价,涉及财政资金847.18万元。"
        )
        == "OTHER"
    )
    assert _kind("选取2个单位开展部门(单位)整体支出绩效评价,涉及财政资金2176.91万元。") == "OTHER"


def test_a_budget_named_or_no_evaluation_keeps_its_reading():
    assert _kind("选取2个单位开展部门(单位)整体支出绩效评价,涉及预算资金2176.91万元。") == "BUDGET"
    assert _kind("选取2个单位开展整体支出,共计支出2176.91万元。") == "SPENDING"
