"""Sums named by what they are of: the forty-third held-out trial read a project's 金额 after
its 项目名称 (项目名称:…专项资金,金额为12万元) as a sum of no kind, left an appropriation
named alone before its figure (2、财政拨款总额153.550567万元) unread, and left last year's
figure of a joint 收支 statement (与2016年816.4万元相比,财政拨款收支总计各减少…) unread.
Held on fictional text, with the readings the rules must keep."""

from __future__ import annotations

from fictional_text import found, kinds

REPORT = "某某市某某局2031年度项目支出绩效自评报告\n\n一、基本情况\n\n"
ACCOUNTS = "某某县某某中心2031年度部门决算公开说明\n\n四、财政拨款收入支出决算总体情况说明\n"


def test_a_projects_sum_after_its_name_is_its_budget():
    text = REPORT + (
        "(1)项目名称为城乡社区文化活动经费;项目总金额:8.6万元,资金来源为市财政局。\n"
        "(2)项目名称:2031年第三批非遗保护专项资金,金额是30万元。\n"
    )
    assert kinds(text) == [("8.6万元", "BUDGET"), ("30万元", "BUDGET")]


def test_a_sum_with_its_own_act_or_no_project_name_keeps_its_reading():
    text = REPORT + (
        "项目名称:城乡社区文化活动,支出金额为8.6万元。\n"
        "项目名称:城乡社区文化活动,合同金额为5万元。\n"
        "采购设备一批,金额为3万元。\n"
    )
    assert kinds(text) == [("8.6万元", "SPENDING"), ("5万元", "CONTRACT"), ("3万元", "OTHER")]


def test_an_appropriation_named_alone_in_a_section_of_funds_in_place_is_received():
    text = REPORT + (
        "(二)项目资金到账情况\n1、该项目资金按时拨付。\n2、财政拨款合计为人民币42.8万元。\n"
    )
    assert kinds(text) == [("42.8万元", "REVENUE")]


def test_an_appropriation_under_a_heading_of_the_funds_input_keeps_its_reading():
    text = REPORT + "(二)资金投入情况分析\n1、本年度财政拨款42.8万元。\n"
    assert kinds(text) != [("42.8万元", "REVENUE")]


def test_an_appropriation_with_its_own_kind_word_keeps_it():
    text = REPORT + (
        "财政拨款支出42.8万元。\n财政拨款结转3万元。\n"
        "使用财政拨款12万元。\n一般公共预算财政拨款50万元。\n"
    )
    assert kinds(text) == [
        ("42.8万元", "SPENDING"),
        ("3万元", "CARRY_OVER"),
        ("12万元", "SPENDING"),
        ("50万元", "BUDGET"),
    ]


def test_last_years_figure_of_a_joint_statement_is_of_both_sides():
    text = ACCOUNTS + (
        "2031年度财政拨款收支总计520万元。较2030年498.5万元相比,财政拨款收、支总计均增加21.5万元,"
        "增长4.31%。\n"
    )
    read = [(w, k) for w, k, _, _ in found(text) if w == "498.5万元"]
    assert read == [("498.5万元", "REVENUE"), ("498.5万元", "SPENDING")]


def test_last_years_figure_of_one_side_is_not_split():
    text = (
        ACCOUNTS + "2031年度财政拨款支出总计520万元。与2030年498.5万元相比,支出总计增加21.5万元。\n"
    )
    assert len([w for w, _, _, _ in found(text) if w == "498.5万元"]) == 1
