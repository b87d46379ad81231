"""Trial 58's 1122: a 三公 plan's clause ending on a count, the next item's fee named after it with the
stop missing (计划购置0辆公务接待费4.5万元), plans the count, not the fee (``kinds.kindwords``).
"""

from __future__ import annotations

from fictional_text import kinds

BUDGET = "样例局2035年部门预算情况说明\n"
THREE_PUBLIC = "样例局2035年“三公”经费预算说明\n"
EVALUATION = "青岚区样例项目2035年度专项债券项目绩效自评报告\n"


def test_a_plan_ending_on_a_count_leaves_the_next_fee_its_budget():
    text = (
        "样例局2035年“三公”经费预算合计20.5万元。公务用车购置及运行费12万元。公务车保有量5辆,"
        "计划购置0辆公务接待费4.5万元,较上年预算增长10%。\n"
    )
    assert dict(kinds(THREE_PUBLIC + text))["4.5万元"] == "BUDGET"


def test_a_plan_of_other_things_stays_planned():
    for plan in ("计划购置2辆公务用车20万元。", "计划购置5台设备20万元。"):
        assert dict(kinds(EVALUATION + "一、项目基本情况\n" + plan + "\n"))["20万元"] == "PLANNED"
