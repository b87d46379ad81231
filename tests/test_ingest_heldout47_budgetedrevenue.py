"""The revenue lines of a revenue budget listed under 其中 are budgeted (trial 47's 734); a
决算's revenue lines stay revenue. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(text, "fictional.txt").money]


BUDGET_NOTE = (
    "样例区档案馆2032年部门预算情况说明\n一、单位基本情况\n(一)职能职责。负责全区档案的收集和保管。\n"
    "二、部门收支总体情况\n(一)收入预算。部门预算收入总额为88.5万元,其中:财政拨款预算88万元,事业收入0.5万元,其他收入0万元。\n"
)


def test_revenue_lines_of_a_revenue_budget_are_a_budget():
    assert _kinds(BUDGET_NOTE) == [
        ("88.5万元", "BUDGET"),
        ("88万元", "BUDGET"),
        ("0.5万元", "BUDGET"),
        ("0万元", "BUDGET"),
    ]


def test_revenue_lines_of_the_accounts_stay_revenue():
    text = (
        "样例区档案馆2031年度部门决算公开说明\n一、收入支出决算总体情况\n"
        "本年收入合计88.5万元,其中:财政拨款收入88万元,事业收入0.5万元,其他收入0万元。\n"
    )
    assert set(dict(_kinds(text)).values()) == {"REVENUE"}


def test_a_revenue_line_of_a_budget_not_of_revenue_stays_revenue():
    # the sentence before 其中 names no revenue budget: today's reading kept
    text = (
        "样例区档案馆2032年项目支出绩效自评报告\n一、项目情况\n"
        "项目预算数20万元,其中:门票收入5万元。\n"
    )
    assert dict(_kinds(text))["5万元"] == "REVENUE"
