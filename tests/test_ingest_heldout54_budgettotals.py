"""A budget's total of either side named 预算总收入 / 预算总支出 is the budget, whatever year it is
of (2017年部门预算总收入为771.38万元 beside the note's 2018 figure: trial 54's 950, read as revenue);
an area's 一般公共预算总收入 in its fiscal accounts stays revenue. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.document.report import Given
from govkg.ingest.extract import extract


def read(text: str, title: str) -> list[tuple[str, str | None]]:
    found = extract(text, "fictional.txt", Given(title=title)).money
    return [(m.as_written, m.kind) for m in found]


def test_last_years_budget_total_beside_the_notes():
    text = (
        "二、收入预算说明\n"
        "2032年部门预算总收入为900.50万元,其中:一般公共预算拨款900.50万元。"
        "2031年部门预算总收入为850.20万元,其中:一般公共预算拨款850.20万元。"
        "2032年较2031年部门预算总收入增加50.30万元。\n"
    )
    assert read(text, "样例市某某局2032年部门预算情况说明") == [
        ("900.50万元", "BUDGET"),
        ("900.50万元", "BUDGET"),
        ("850.20万元", "BUDGET"),
        ("850.20万元", "BUDGET"),
        ("50.30万元", "CHANGE"),
    ]


def test_last_years_budget_spending_total_in_a_final_account():
    text = "本年支出合计500万元,2031年预算总支出为520万元。\n"
    assert read(text, "样例局2031年度部门决算说明")[-1] == ("520万元", "BUDGET")


def test_an_areas_public_budget_revenue_total_stays_revenue():
    text = "2031年,全区一般公共预算总收入410338万元,增长5.2%。\n"
    assert read(text, "样例区2031年财政决算情况说明")[0] == ("410338万元", "REVENUE")
