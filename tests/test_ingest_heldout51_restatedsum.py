"""A fund's sum under a bare 金额 ((二)项目金额:…外贸进出口奖励专项资金项目共计943.23万元,
trial 51's 814) that the text states again by the fund's full name as its budget
(…专项资金预算资金为943.23万元) is that budget (``kinds.restatedsum``). Another figure, a fund
named by 资金 alone, a 金额 naming no fund, and readings that disagree keep OTHER. Test
material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = "样例区2031年样例产业扶持专项资金绩效评价报告\n一、项目概况\n"


def kinds(body: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(HEAD + body, "fictional.txt").money]


def test_a_bare_sum_restated_as_the_funds_budget_is_the_budget():
    body = (
        "(二)项目金额:2031年1月-10月样例产业扶持专项资金项目共计120.5万元。\n"
        "二、资金使用情况\n"
        "2031年1月-10月样例产业扶持专项资金预算资金为120.5万元,实际支出110万元,预算执行率为91.29%。\n"
    )
    assert kinds(body) == [
        ("120.5万元", "BUDGET"),
        ("120.5万元", "BUDGET"),
        ("110万元", "SPENDING"),
    ]


def test_another_figure_keeps_other():
    body = (
        "(二)项目金额:2031年样例产业扶持专项资金项目共计130万元。\n"
        "2031年样例产业扶持专项资金预算资金为120.5万元,实际支出110万元。\n"
    )
    assert kinds(body)[0] == ("130万元", "OTHER")


def test_a_sum_naming_no_fund_keeps_other():
    body = "(二)评价项目金额:120.5万元。\n2031年样例产业扶持专项资金预算资金为120.5万元。\n"
    assert kinds(body)[0] == ("120.5万元", "OTHER")
