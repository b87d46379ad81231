"""Trial 58's 1102: a project's 总投资 said after the project is named as its sentence's subject (该项目位于
…,总投资约13.34亿元) is its budget, as 项目总投资 is (``kinds.projectinvestment``).
"""

from __future__ import annotations

from fictional_text import kinds

BUDGET = "样例局2035年部门预算情况说明\n"
EVALUATION = "青岚区样例项目2035年度专项债券项目绩效自评报告\n"


def test_a_projects_total_investment_after_its_subject_is_its_budget():
    text = (
        "一、项目基本情况\n该项目位于青岚区样例园区,总投资约13.3亿元,用地面积约12.7万平方米。"
        "2035年发行专项债券2.5亿元。\n"
    )
    assert dict(kinds(EVALUATION + text))["13.3亿元"] == "BUDGET"


def test_an_investment_of_no_project_or_a_planned_one_keeps_its_reading():
    text = "一、项目基本情况\n全区固定资产投资增长5%,总投资约13.3亿元。\n"
    assert dict(kinds(EVALUATION + text))["13.3亿元"] == "OTHER"
    text = "一、项目基本情况\n该项目位于青岚区,预计总投资约13.3亿元。\n"
    assert dict(kinds(EVALUATION + text))["13.3亿元"] == "PLANNED"
