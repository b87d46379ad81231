"""Trial 61's 1227: a county court's budget note titled …关于2018年部门预算编制的说明 is a budget
note as one titled …部门预算情况说明 is (``kinds.budgetnote``); the items of its 项目支出预算总额
and of its 机关运行经费预算总额 are budgeted, a court's 案件执行 among them (the enforcement of its
judgments: an item's name, not a budget's execution, ``kinds.budgetsection``).
"""

from __future__ import annotations

from fictional_text import kinds
from govkg.ingest.kinds.budgetnote import budget_note_year

NOTE = (
    "青岚县样例法院关于2035年部门预算编制的说明\n"
    "一、部门主要职责\n"
    "青岚县样例法院是基层人民法院。\n"
    "二、财政拨款支出预算安排情况\n"
    "青岚县样例法院2035年部门机关运行经费预算总额100万元,其中:办公费20万元,"
    "其他商品与服务支出12.34万元;项目支出预算总额300万元,其中:案件审判150万元,"
    "案件执行90万元,普法宣传经费60万元。\n"
)


def test_a_budget_drawn_up_note_states_budgets_with_its_cases_enforcement():
    assert budget_note_year(NOTE) == 2035
    read = dict(kinds(NOTE))
    assert read["12.34万元"] == "BUDGET"
    assert read["90万元"] == "BUDGET"
    assert "SPENDING" not in read.values()


def test_a_budgets_execution_still_says_spent():
    assert budget_note_year(NOTE.replace("预算编制的说明", "决算编制的说明")) is None
    executed = NOTE.replace("案件执行90万元", "执行支出90万元")
    assert dict(kinds(executed))["90万元"] != "BUDGET"
