"""Kinds of the twenty-seventh trial held on fictional text: funds passed down to a use said
after their figure (``saidafter.PASSED_DOWN_AFTER``: a budget) and the budget actually executed
over the year (``budgetwording``: spent), with the cases where neither may fire."""

from __future__ import annotations

from govkg.ingest.kinds.money import find_money
from govkg.ingest.text.textview import clean_view


def _kinds(text: str) -> dict[str, str | None]:
    return {m.as_written: m.kind for m in find_money(clean_view(text), 2031)}


def test_funds_passed_down_to_a_use_are_allocated_a_budget():
    text = "样例市及时下拨省级资金。将1.2亿元资金下拨用于实施河道治理,36万元资金下拨用于实施样例泵站改造。"
    kinds = _kinds(text)
    assert kinds["1.2亿元"] == "BUDGET"
    assert kinds["36万元"] == "BUDGET"  # the 下拨 before it is the first figure's


def test_money_arrived_or_spent_after_its_figure_is_not_passed_down():
    assert _kinds("省级资金39万元,已下拨到位。")["39万元"] == "REVENUE"
    assert _kinds("样例站支出经费12万元用于实施河道治理。")["12万元"] == "SPENDING"


def test_the_budget_actually_executed_over_the_year_is_spent():
    text = "全年预算结转资金合计90.5万元,实际全年执行预算资金合计41.25万元,执行率45.6%。"
    kinds = _kinds(text)
    assert kinds["41.25万元"] == "SPENDING"
    assert kinds["90.5万元"] == "CARRY_OVER"
    assert _kinds("全年预算资金合计41.25万元。")["41.25万元"] == "BUDGET"
    assert _kinds("全年应执行预算资金合计41.25万元。")["41.25万元"] != "SPENDING"
