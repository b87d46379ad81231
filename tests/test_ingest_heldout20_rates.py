"""Amounts said per kilometre or another measure, the twentieth held-out trial's class (text
251): each rule held on fictional text, with the cases it must not fire on."""

from __future__ import annotations

from fictional_text import kinds

PROJECT = "2018年农村道路保洁项目支出绩效评价报告\n一、项目基本情况\n"


def test_an_amount_right_after_每公里_is_a_rate_whatever_its_verb():
    text = PROJECT + (
        "各镇按保洁里程及每公里保洁定额(干线每公里8400元;支线每公里4200元)申报保洁经费,"
        "考核后按(保洁里程*【定额-扣减(干线每低于一个等级,每公里扣900元;支线每低于一个等级,"
        "每公里扣600元)】)拨付。\n"
    )
    assert kinds(text) == [
        ("8400元", "PRICE_OR_RATE"),
        ("4200元", "PRICE_OR_RATE"),
        ("900元", "PRICE_OR_RATE"),
        ("600元", "PRICE_OR_RATE"),
    ]


def test_other_measures_before_or_after_the_figure_are_rates_too():
    text = PROJECT + (
        "造林补助每亩补助300元;垃圾清运每吨120元;护栏维修费用为260元/米;"
        "路面修补单价按45元/平方米结算;巡查养护按1.2万元/公里,按季计付。\n"
    )
    assert {kind for _, kind in kinds(text)} == {"PRICE_OR_RATE"}


def test_a_total_after_a_rate_keeps_its_own_kind():
    text = PROJECT + (
        "按每公里3000元标准计算,全年共拨付保洁资金36万元;干线每公里养护合计支出48万元。\n"
    )
    assert kinds(text) == [("3000元", "PRICE_OR_RATE"), ("36万元", "REVENUE"), ("48万元", "SPENDING")]


def test_kilometres_named_in_another_clause_or_without_每_say_nothing():
    text = PROJECT + (
        "全年完成道路保洁126公里,每公里均达到考核要求,支出保洁经费42万元。"
        "新建道路18公里,投资900万元。\n"
    )
    assert kinds(text) == [("42万元", "SPENDING"), ("900万元", "OTHER")]


def test_a_sentence_on_road_length_before_a_total_reads_no_rate():
    text = PROJECT + (
        "据县交通局介绍,今年全县每公里公路养护投入明显增加,全年累计投入养护资金320万元。"
        "每公里保洁费用合计15万元。\n"
    )
    got = dict(kinds(text))
    assert got["320万元"] != "PRICE_OR_RATE"  # 每公里 in the clause before: not its own
    assert got["15万元"] == "SPENDING"  # 合计 between: a total, not a rate
