"""Trial 61's 1209: an untitled department budget note naming no year at all (一、部门基本情况 /
二、收支预算总表说明(表1) / (二)支出情况。本年度支出预算…万元,…。其中: / 按支出项目类别:1、基本
支出…): its sections are headed by the budget's tables they explain, and it is a budget note as a
dated one is (``kinds.budgetnote.undated_budget_note``): its 支出 by class and by function are
budgeted, not spent, its year unknown.
"""

from __future__ import annotations

from fictional_text import kinds
from govkg.ingest.kinds.budgetnote import budget_note_year, undated_budget_note

NOTE = (
    "一、部门基本情况\n"
    "(一)所属单位。机关事业单位1个。\n"
    "二、收支预算总表说明(表1)\n"
    "按照预算管理有关规定,全部收入和支出都反映在预算中。\n"
    "(一)收入情况。青岚市样例协会本年度预算总收入为300.50万元,比上年减少2.00万元。\n"
    "(二)支出情况。本年度支出预算300.50万元,比上年减少2.00万元。其中:\n"
    "按支出项目类别:1、基本支出200.50万元,包括:人员经费支出180.25万元,公用经费支出20.25万元;"
    "2、项目支出100万元.\n"
    "按支出功能分类科目:一般公共服务支出290.50万元,住房保障支出10万元。\n"
    "三、支出预算分类汇总表说明(表2)\n"
    "本表反映年度部门预算中所有支出的总体情况。\n"
)


def test_an_undated_untitled_note_states_budgets():
    assert budget_note_year(NOTE) is None
    assert undated_budget_note(NOTE)
    read = dict(kinds(NOTE))
    for written in ("200.50万元", "180.25万元", "20.25万元", "100万元", "290.50万元", "10万元"):
        assert read[written] == "BUDGET", written


def test_a_dated_or_accounts_or_untitled_text_of_other_headings_is_no_undated_note():
    dated = NOTE.replace("本年度支出预算", "2035年支出预算")
    assert not undated_budget_note(dated)
    assert budget_note_year(dated) == 2035
    accounts = NOTE + "四、上年度决算情况\n"
    assert not undated_budget_note(accounts)
    assert "SPENDING" in dict(kinds(accounts)).values()
    other = NOTE.replace("二、收支预算总表说明(表1)", "二、工作情况").replace(
        "三、支出预算分类汇总表说明(表2)", "三、下一步打算"
    )
    assert not undated_budget_note(other)
    titled = "青岚市样例协会工作情况报告\n" + NOTE
    assert not undated_budget_note(titled)
