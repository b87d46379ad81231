"""Trial 56's 1021, by class, on fictional texts: money said to be brought under performance
management (纳入绩效目标管理的项目支出金额约2140亿元) measures the practice's coverage, OTHER, not a
body's spending; money brought under a budget or a special account, a fund's evaluation and a
figure another word names keep their readings. Test material, fictional."""

from __future__ import annotations

import pytest

from govkg.ingest.kinds.performancescope import performance_scope_kind


@pytest.mark.parametrize(
    "own",
    [
        "数据显示,2031年纳入绩效目标管理的项目支出金额约",
        "2031年纳入绩效目的管理的项目支出金额约",  # a spun mirror's 目的
        "纳入预算绩效管理范围的资金规模达",
        "纳入全过程绩效管理的项目资金共",
    ],
)
def test_money_under_performance_management_is_a_scope(own):
    assert performance_scope_kind(own, "SPENDING") == "OTHER"
    assert performance_scope_kind(own, None) == "OTHER"


@pytest.mark.parametrize(
    "own",
    [
        "纳入预算管理的非税收入拨款",
        "纳入专户管理的非税收入",
        "纳入绩效评价的资金共",  # the funds a report evaluates (the corpus's 432)
        "加强绩效管理,全年项目支出",
    ],
)
def test_other_money_keeps_its_reading(own):
    assert performance_scope_kind(own, "SPENDING") == "SPENDING"


def test_a_budget_keeps_its_reading():
    assert performance_scope_kind("纳入绩效目标管理的项目预算资金", "BUDGET") == "BUDGET"


def test_in_a_news_item():
    from govkg.ingest.extract import extract

    text = (
        "样例省2031年度部门决算集中公开\n"
        "今年是样例省部门决算公开的第六年。数据显示,2031年纳入绩效目标管理的项目支出金额约"
        "140亿元,比上年增长约60%,并已基本覆盖所有新增项目。\n"
    )
    money = [(m.as_written, m.kind) for m in extract(text, "fictional.txt").money]
    assert money == [("140亿元", "OTHER")]
