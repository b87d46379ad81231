"""Trial 58's 1120: the parts a budget total is said to include after a comma's 含 (总预算4,471.22万元,含…
经费250万元,…经费537.31万元) are budget, not spending (``kinds.budgetinclusion``).
"""

from __future__ import annotations

from fictional_text import kinds

ACCOUNTS = "样例中心2035年度部门决算说明\n"
BUDGET = "样例局2035年部门预算情况说明\n"
EVALUATION = "青岚区样例项目2035年度专项债券项目绩效自评报告\n"


def test_the_parts_a_budget_total_includes_after_a_comma_are_budget():
    text = (
        "一、部门预算情况\n样例局2035年收支总预算4,471.2万元,含青岚山庄管理处经费250万元,"
        "机关幼儿园经费537.3万元;比2034年预算增加75.1万元。\n"
    )
    read = dict(kinds(BUDGET + text))
    assert read["250万元"] == "BUDGET"
    assert read["537.3万元"] == "BUDGET"


def test_a_part_said_done_or_after_a_spent_figure_keeps_its_reading():
    text = "一、项目基本情况\n项目预算4,471.2万元,含已支付工程经费250万元。\n"
    assert dict(kinds(EVALUATION + text))["250万元"] == "SPENDING"
    text = "三、收入支出决算总体情况说明\n2035年实际支出900万元,含样例所经费250万元。\n"
    assert dict(kinds(ACCOUNTS + text))["250万元"] == "SPENDING"
