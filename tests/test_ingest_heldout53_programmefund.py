"""The 计划 of a programme's fund's name is no plan (现代职业教育质量提升计划资金共计投入588.73亿元:
trial 53's 891, read PLANNED; 培训计划资金, the corpus's 363), and a sum 共计投入 is put in as
any 投入 is, the budget (``kinds.putin``); 年度计划资金, 项目计划资金, 预计投入 stay planned.
Test material, fictional."""

from __future__ import annotations

import pytest

from govkg.ingest.extract import extract

TITLE = "样例县教育局2032年度项目支出绩效自评报告\n"


def kinds(body: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(TITLE + body, "fictional.txt").money]


def test_a_programmes_fund_put_in_is_its_budget():
    body = "2032年度样例质量提升计划资金共计投入58.73亿元,其中中央资金30.25亿元。\n"
    assert kinds(body) == [("58.73亿元", "BUDGET"), ("30.25亿元", "BUDGET")]


def test_a_sum_put_in_under_no_plan_is_the_budget():
    assert kinds("样例项目资金共计投入100万元。\n") == [("100万元", "BUDGET")]


@pytest.mark.parametrize(
    "body",
    [
        "2032年计划资金100万元。\n",
        "项目计划资金100万元。\n",
        "年度计划资金共计投入100万元。\n",
        "预计投入资金100万元。\n",
    ],
)
def test_a_plan_of_money_stays_planned(body):
    assert kinds(body) == [("100万元", "PLANNED")]
