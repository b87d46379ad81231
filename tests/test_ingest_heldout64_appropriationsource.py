"""Trial 64's 1308 and 1330, a court's and a cultural centre's 决算 notes, list a revenue total's
parts opening on the budget the appropriation comes from: 收入决算总额为6754.31万元,其中预算财政
拨款3277.62万元; 决算总收入318.67万元…其中:一般预算内拨款270.79万元. 预算 (一般预算内) names the
appropriation's source, as 一般公共预算 does (``kinds.bracketparts``), not a budget: the part is the
total's kind, received. A budget named with its stage (年初预算财政拨款) keeps its 预算, and the
same parts of a budget's revenue total stay budgeted.
Test material, fictional.
"""

from __future__ import annotations

from fictional_text import kinds

HEAD = "2035年度样例局部门决算\n一、部门概况\n"


def _read(sentence: str) -> dict[str, str | None]:
    return dict(kinds(HEAD + sentence))


def test_a_part_named_by_its_appropriations_budget_is_received():
    read = _read("样例局收入决算总额为675.31万元,其中预算财政拨款327.62万元,上年结转347.69万元。")
    assert read["327.62万元"] == "REVENUE"
    read = _read("样例局决算总收入31.67万元,比上年增加4.51万元。其中:一般预算内拨款27.79万元。")
    assert read["27.79万元"] == "REVENUE"


def test_a_budget_stage_or_a_budget_total_keeps_the_budget():
    assert (
        _read("样例局决算总收入31.67万元,其中年初预算财政拨款27.79万元。")["27.79万元"] == "BUDGET"
    )
    read = _read("样例局2035年预算总收入31.67万元。其中:一般预算内拨款27.79万元。")
    assert read["27.79万元"] == "BUDGET"
