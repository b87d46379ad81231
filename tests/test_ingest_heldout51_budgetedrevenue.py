"""A revenue class's budget stated in a sentence of its own, its lines in the next sentence
opening on 其中, are budgeted revenue (trial 51's 835, a 管理局's 2012 budget items: (二)非税收入:
指…。2012年预算安排75万元。其中:国有资源(资产)有偿使用收入75万元): 。其中 continues the
statement before it, whose 预算安排 names the budget as 收入预算 does, and the line's name may
hold brackets (``kinds.budgetedrevenue``). A 决算's 本年收入 and its lines, and a line under a
figure no budget word names, stay revenue. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.document.report import Given
from govkg.ingest.extract import extract

GIVEN = Given(title="样例管理局2031年部门预算说明")
"""A title given on the command line, so that the short texts are read at all; the kinds are
read from the text alone (none of these texts is a budget note by its own words)."""


def kinds(text: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(text, "fictional.txt", GIVEN).money]


def test_a_budgets_lines_after_its_full_stop_are_budgeted():
    text = (
        "一、收入项目\n"
        "(一)非税收入:指依法取得的财政资金。2031年预算安排80万元。其中:国有资源(资产)有偿"
        "使用收入60万元,其他收入20万元。\n"
    )
    got = kinds(text)
    assert ("60万元", "BUDGET") in got
    assert ("20万元", "BUDGET") in got


def test_an_accounts_revenue_lines_stay_revenue():
    text = (
        "一、收入决算情况\n"
        "2031年度本年收入合计80万元。其中:国有资源(资产)有偿使用收入60万元,其他收入20万元。\n"
    )
    got = kinds(text)
    assert ("60万元", "REVENUE") in got
    assert ("20万元", "REVENUE") in got


def test_lines_under_a_figure_no_budget_word_names_stay_revenue():
    text = (
        "一、收入项目\n"
        "(一)非税收入:指依法取得的财政资金。2031年取得80万元。其中:国有资源(资产)有偿"
        "使用收入60万元。\n"
    )
    assert ("60万元", "REVENUE") in kinds(text)
