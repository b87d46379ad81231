"""Funds named by 补助 that the twenty-ninth held-out trial (texts 361–374) read as money
received (or, by a programme's 计划, as planned): the items of a budget field's list and a fund
the text says was handed down. Held on fictional text with cases the rules must not fire on."""

from __future__ import annotations

from fictional_text import kinds

PROJECT = "青岚市某某局2022年度中央转移支付资金绩效自评报告\n\n一、绩效目标分解下达情况\n\n"


def test_the_items_of_a_budget_fields_list_are_the_budget():
    text = PROJECT + (
        "1.预算数:2022年度,包括补助12家博物馆免费开放资金36万元、"
        "补助2期讲解员培训计划资金8万元、补助乡村书屋资金5.5万元。\n"
    )
    assert kinds(text) == [("36万元", "BUDGET"), ("8万元", "BUDGET"), ("5.5万元", "BUDGET")]


def test_a_list_takes_its_fields_kind_whatever_it_is():
    text = PROJECT + (
        "1.到位情况:2022年度,包括补助12家博物馆免费开放资金36万元、"
        "补助2期讲解员培训计划资金8万元。\n"
    )
    assert [k for _, k in kinds(text)] == ["REVENUE", "REVENUE"]  # the field says received


def test_a_list_no_field_opens_keeps_its_reading():
    text = PROJECT + (
        "1.2022年度,包括补助12家博物馆免费开放资金36万元、补助2期讲解员培训计划资金8万元。\n"
    )
    # as read before; 培训计划资金 a programme's fund, no plan (trial 53's 891: kindwords)
    assert [k for _, k in kinds(text)] == ["REVENUE", "REVENUE"]


def test_an_item_saying_its_own_kind_keeps_the_list_its_own():
    text = PROJECT + "1.预算数:2022年度,包括补助博物馆资金36万元、已支出讲解员资金8万元。\n"
    assert kinds(text)[1] == ("8万元", "SPENDING")


HANDED = (
    "(一)资金来源:按照《实施方案》要求,市财政局下达本中心防疫物资储备补助资金,"
    "用于采购应急物资。\n\n三、绩效情况分析\n\n(一)资金情况分析。\n\n"
)


def test_a_fund_said_to_be_handed_down_is_a_budget_when_its_figure_comes():
    text = PROJECT + HANDED + "防疫物资储备补助资金18万元,已支付9万元。\n"
    assert kinds(text) == [("18万元", "BUDGET"), ("9万元", "SPENDING")]


def test_a_fund_never_said_to_be_handed_down_keeps_its_reading():
    text = PROJECT + HANDED.replace("下达", "管理") + "防疫物资储备补助资金18万元,已支付9万元。\n"
    assert kinds(text)[0] == ("18万元", "REVENUE")


def test_a_handed_down_fund_under_a_heading_of_arrival_is_revenue():
    text = (
        PROJECT
        + HANDED.replace("(一)资金情况分析。\n\n", "1.项目资金到位情况分析\n")
        + "防疫物资储备补助资金18万元。\n"
    )
    assert kinds(text)[0] == ("18万元", "REVENUE")
