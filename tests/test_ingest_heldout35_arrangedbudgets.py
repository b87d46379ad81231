"""Spending a budget approves or arranges: the thirty-fifth held-out trial read 批复我局项目支出
160万元 and the projects listed after 安排支出项目4个,即… as spent, the 支出 of the budget's class
of spending or the 经费 ending an item's name taken for money spent. Held on fictional text,
with the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚县某某局2031年度项目支出绩效自评报告\n\n一、项目基本情况\n\n"


def test_project_spending_approved_for_the_unit_is_the_budget():
    text = REPORT + "根据县财政局的预算批复,批复我单位项目支出48万元,其中包含档案修复经费6万元。\n"
    assert kinds(text) == [("48万元", "BUDGET"), ("6万元", "BUDGET")]


def test_spending_as_approved_stays_spent():
    text = REPORT + "按照批复我局项目支出48万元执行,实际支出45万元。\n"
    assert kinds(text) == [("48万元", "SPENDING"), ("45万元", "SPENDING")]


def test_spending_after_the_approval_stays_spent():
    text = REPORT + "批复我单位项目支出后,全年支出48万元。\n"
    assert kinds(text) == [("48万元", "SPENDING")]


def test_counted_arranged_projects_and_their_total_are_the_budget():
    text = REPORT + (
        "2031年共安排支出项目3个,即档案修复经费12万元、库房改造8万元、展览布置5万元,"
        "共25万元,具体说明如下:\n"
    )
    assert kinds(text) == [
        ("12万元", "BUDGET"),
        ("8万元", "BUDGET"),
        ("5万元", "BUDGET"),
        ("25万元", "BUDGET"),
    ]


def test_arranged_projects_cut_by_semicolons_are_the_budget():
    text = REPORT + "2031年共安排项目2项,分别为:档案修复12万元;库房改造8万元。\n"
    assert kinds(text) == [("12万元", "BUDGET"), ("8万元", "BUDGET")]


def test_a_list_with_an_item_naming_its_kind_is_read_by_its_words():
    text = REPORT + (
        "2031年共安排支出项目3个,即档案修复经费12万元、库房改造已支出8万元、展览布置5万元。\n"
    )
    assert [kind for _, kind in kinds(text)] == ["SPENDING", "SPENDING", "SPENDING"]


def test_projects_completed_are_not_arranged():
    text = REPORT + "2031年共完成项目3个,即档案修复经费12万元、库房改造8万元。\n"
    assert kinds(text) == [("12万元", "SPENDING"), ("8万元", "SPENDING")]
