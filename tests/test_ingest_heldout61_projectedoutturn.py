"""Trial 60's 1186 (a town's 2025 budget-execution report given in January, its year's figures
expected outturns): 全年预计完成一般公共预算收入41100万元 and 预算内预计可用财力为50582万元 are
projections, PLANNED, though the earlier rules read them BUDGET by their words. 预计完成 is the
projection's own verb, not a deed done; and the name of a budget's account (一般公共预算,
预算内) says which money, not that the figure is a budget. A sentence naming a budget otherwise
(年初预算, 预算安排) keeps its budget, and words of a deed done after 预计 (实际, 已) keep theirs.
"""

from __future__ import annotations

from govkg.ingest.kinds.projected import projected_kind

REPORT = (
    "一、财政收入完成情况\n"
    "2035年,全年预计完成一般公共预算收入3200万元。根据现有的财政结算体制,"
    "预算内预计可用财力为4100万元。\n"
)


def _kind(text: str, written: str, kind: str | None) -> str | None:
    return projected_kind(text, text.index(written), kind)


def test_an_expected_outturn_of_the_general_budget_is_planned():
    assert _kind(REPORT, "3200万元", "BUDGET") == "PLANNED"
    assert _kind(REPORT, "3200万元", "REVENUE") == "PLANNED"  # 预计完成: still a projection
    assert _kind(REPORT, "4100万元", "BUDGET") == "PLANNED"


def test_a_budget_stated_beside_a_projection_or_a_deed_done_keeps_its_reading():
    budget = REPORT.replace("全年预计完成一般公共预算收入", "预计一般公共预算年初预算安排")
    assert _kind(budget, "3200万元", "BUDGET") == "BUDGET"
    unnamed = REPORT.replace("全年预计完成一般公共预算收入", "全年预计完成收入")
    assert _kind(unnamed, "3200万元", "BUDGET") == "BUDGET"  # no account named: a budget read
    done = REPORT.replace("预算内预计可用财力为", "预计全年任务,实际完成一般公共预算收入")
    assert _kind(done, "4100万元", "REVENUE") == "REVENUE"
    assert _kind(done, "4100万元", "BUDGET") == "BUDGET"
