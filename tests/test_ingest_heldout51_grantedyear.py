"""A place granted a fund whose name opens on its year (我市获得2023年度中央水污染防治专项资金
17347万元, trial 51's 840) has the sum as its budget, as 获得…资金 is read (``kindwords``); its
batches (其中第一批资金…;第二批资金…) and the projects each supports (分别支持甲项目X万元、…)
then take the grant's kind as its parts. 获得 naming no fund (a title, 收益) keeps its
reading. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = "样例县中央农村环境整治资金2031年度绩效自评报告\n一、绩效目标分解下达情况\n"


def kinds(body: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(HEAD + body, "fictional.txt").money]


def test_a_grant_named_with_its_year_its_batches_and_projects_are_the_budget():
    body = (
        "我县获得2031年度中央农村环境整治专项资金800万元其中第一批资金500万元,分别支持甲村污水"
        "治理项目300万元、乙村垃圾处理项目200万元;第二批资金300万元,分别支持丙村水体修复项目"
        "300万元。\n"
    )
    assert kinds(body) == [
        ("800万元", "BUDGET"),
        ("500万元", "BUDGET"),
        ("300万元", "BUDGET"),
        ("200万元", "BUDGET"),
        ("300万元", "BUDGET"),
        ("300万元", "BUDGET"),
    ]


def test_allocations_that_do_not_add_up_still_follow_the_batch():
    body = (
        "我县获得2031年度中央农村环境整治专项资金800万元,其中第一批资金500万元,分别支持甲村污水"
        "治理项目250万元、乙村垃圾处理项目200万元;第二批资金300万元,用于支持丙村水体修复项目"
        "100万元。\n"
    )
    assert {kind for _, kind in kinds(body)} == {"BUDGET"}


def test_a_grant_with_its_year_alone_is_the_budget():
    assert kinds("我县获得2031年中央农村环境整治资金800万元。\n") == [("800万元", "BUDGET")]


def test_a_grant_naming_no_fund_keeps_its_reading():
    assert kinds("我县获得2031年度先进单位称号,奖励200万元。\n") == [("200万元", None)]
    assert kinds("该项目获得2031年度收益20万元。\n") == [("20万元", None)]
