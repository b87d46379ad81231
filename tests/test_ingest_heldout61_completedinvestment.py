"""Trial 61's 1212 (a transport bureau's 2021 rural roads self-evaluation in traditional
characters): 实施农村公路提质改造工程200.031公里,完成总投资24187万元 is the investment the works
completed, spent, as the corpus's 502 reads 实际完成投资; not an investment planned (计划完成总投资,
预计完成总投资) nor a project's total investment alone (项目总投资: what it is to cost).
"""

from __future__ import annotations

from govkg.ingest.kinds.kindwords import kind_of


def test_a_total_investment_completed_is_spent():
    assert kind_of("实施农村公路提质改造工程12.5公里,完成总投资") == "SPENDING"
    assert kind_of("全年完成总投资额") == "SPENDING"


def test_a_planned_or_a_projects_total_investment_is_not():
    assert kind_of("计划完成总投资") != "SPENDING"
    assert kind_of("预计完成总投资") != "SPENDING"
    assert kind_of("项目总投资") != "SPENDING"
    assert kind_of("年度完成固定资产投资") != "SPENDING"
