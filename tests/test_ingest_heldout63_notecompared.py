"""Trial 63's 1290, a newspaper's 2017 budget note: each line it budgets is compared with the
year before's, last year's figure between the 较上年 and the change (部门财务总收入1236.28万元,
较上年1102.54万元增133.74万元). Last year's figure is last year's budget and the figure after
the bare 增 / 减 the change (``kinds.notecompared``); a bare last-year figure (较上年904.54增
165.52万元) is listed unread in the change's unit (``kinds.unitless``).
"""

from __future__ import annotations

from fictional_text import found, kinds

NOTE = (
    "样例局2035年部门预算情况说明\n"
    "一、收支预算情况\n"
    "2035年样例局部门财务总收入500.50万元,较上年400.25万元增100.25万元,同比增25.05%。\n"
    "其中,本年收入450.00万元,较上年380.40增69.60万元。\n"
    "国有资本经营收益财政拨款收入70.00万元,较上年80.00万元减10.00万元。\n"
    "1、工资福利支出300.00万元,较上年250.00万元增加50.00万元。\n"
)


def test_last_years_figure_is_its_budget_and_the_rise_a_change():
    read = kinds(NOTE)
    assert read[:3] == [
        ("500.50万元", "BUDGET"),
        ("400.25万元", "BUDGET"),
        ("100.25万元", "CHANGE"),
    ]
    assert ("10.00万元", "CHANGE") in read
    assert ("80.00万元", "BUDGET") in read
    assert ("250.00万元", "BUDGET") in read
    assert ("50.00万元", "CHANGE") in read
    assert ("69.60万元", "CHANGE") in read


def test_last_years_bare_figure_is_listed_unread():
    bare = [(w, k, reason) for w, k, _, reason in found(NOTE) if w == "380.40"]
    assert len(bare) == 1
    assert bare[0][1] is None
    assert "万元" in bare[0][2]


def test_an_accounts_note_keeps_its_reading():
    accounts = NOTE.replace("部门预算情况说明", "部门决算情况说明").replace("收支预算", "收支决算")
    read = kinds(accounts)
    assert ("400.25万元", "BUDGET") not in read


def test_a_figure_whose_change_is_a_percent_or_another_word_is_left():
    percent = NOTE.replace(
        "较上年400.25万元增100.25万元", "较上年400.25万元增长25.05%,另有100.25万元"
    )
    assert ("100.25万元", "CHANGE") not in kinds(percent)
    named = NOTE.replace("较上年250.00万元增加", "较上年250.00万元,其中项目")
    assert ("250.00万元", "BUDGET") not in kinds(named)
