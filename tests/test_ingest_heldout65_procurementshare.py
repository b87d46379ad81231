"""Trial 65's 1361 (a unit's 2023 budget note in 元, from a PDF), by class, on fictional text: a
kind of procurement (分散采购, 货物类采购) whose figure is said right after it to be a share of the
procurement budget (占政府采购预算的 N%) is a part of that budget, BUDGET
(``kinds.procurementshare``); it was read as procurement of no kind. A share of no budget and a
procurement's 金额 keep their readings. Test material, fictional."""

from __future__ import annotations

from fictional_text import kinds

HEAD = "样例会2035年部门预算说明\n一、政府采购预算安排情况说明\n"
SPLIT = (
    "2035 年政府采购预算 20000 元。其中:政府集中采购预算 20000 元;分散采购 0 元,占政府采购预算"
    "的 0%。按项目类型,货物类采购 12000 元,占政府\n采购预算 60%;服\n务类采购 8000 元,占政府采购"
    "预算 40%。\n"
)


def test_a_kind_of_procurement_as_a_share_of_its_budget_is_budgeted():
    read = kinds(HEAD + SPLIT)
    assert ("12000 元", "BUDGET") in read
    assert ("8000 元", "BUDGET") in read
    assert ("0 元", "BUDGET") in read


def test_a_procurement_of_no_budgets_share_keeps_its_reading():
    other = HEAD + "货物类采购 12000 元,用于办公设备。\n"
    assert dict(kinds(other))["12000 元"] != "BUDGET"
    spent = HEAD + "货物类采购 12000 元,占政府采购支出 60%。\n"
    assert dict(kinds(spent))["12000 元"] != "BUDGET"
