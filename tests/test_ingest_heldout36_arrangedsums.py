"""Lists of a year's projects after their count and their sum: the thirty-sixth held-out
trial read the items of 预算安排项目11个,预算资金为2827.23万元,即:…经费82.8万元、… as spent
(their names' 经费) and a 2,000万元 item cut the list at its comma; the items of 上年结转结余
项目3个,预算资金为8.91万元,即:… were read as spent too. Held on fictional text, with the
readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚县某某局2031年度项目支出绩效自评报告\n\n一、项目基本情况\n\n"


def test_items_after_the_count_and_sum_of_arranged_projects_are_the_budget():
    text = REPORT + (
        "本年共安排项目3项,项目资金合计1,240万元,具体为:文物修缮经费40万元、"
        "库房设备采购专项资金1,100万元、讲解培训费用100万元。\n"
    )
    assert kinds(text) == [
        ("1,240万元", "BUDGET"),
        ("40万元", "BUDGET"),
        ("1,100万元", "BUDGET"),
        ("100万元", "BUDGET"),
    ]


def test_items_of_carried_projects_are_carried_over():
    text = REPORT + (
        "上年度结转项目2个,资金为6万元,即:2030年档案修复经费4万元、往年结余展陈资金2万元。\n"
    )
    found = kinds(text)
    assert found[1:] == [("4万元", "CARRY_OVER"), ("2万元", "CARRY_OVER")]


def test_a_carried_item_naming_its_own_kind_keeps_it():
    text = REPORT + "上年结转项目2个,即:展陈经费4万元、存款利息收入资金0.3万元。\n"
    assert kinds(text) == [("4万元", "CARRY_OVER"), ("0.3万元", "REVENUE")]


def test_an_item_spent_keeps_the_list_as_read():
    text = REPORT + (
        "本年安排项目2个,预算资金为6万元,即:档案修复经费已支出4万元、展陈经费2万元。\n"
    )
    assert kinds(text)[1] == ("4万元", "SPENDING")


def test_completed_projects_are_no_arranged_list():
    text = REPORT + "全年完成项目2个,资金为6万元,即:档案修复经费4万元、展陈经费2万元。\n"
    assert [kind for _, kind in kinds(text)[1:]] == ["SPENDING", "SPENDING"]


def test_a_fund_named_for_a_purchase_takes_its_lists_kind():
    text = REPORT + "本局业务经费30万元,分别为监测经费10万元、应急物资采购专项资金20万元。\n"
    assert kinds(text) == [("30万元", "BUDGET"), ("10万元", "BUDGET"), ("20万元", "BUDGET")]


def test_a_purchase_itself_stays_other():
    text = REPORT + "本年采购设备20万元。\n"
    assert kinds(text) == [("20万元", "OTHER")]
