"""Tests, on fictional text, for a sum paid by a standard, said by 按 / 按照 right before its
figure and 标准 right after it (``kinds.saidafter.STANDARD_AFTER``, trial 57's 1054, a
province's fund evaluation: 按照500万元标准实施激励): a rate, not an allocation; near cases
that keep their readings.
"""

from __future__ import annotations

from fictional_text import kinds

FUND = (
    "样例省2031年城市管网改造奖补资金绩效评价报告\n"
    "一、项目基本情况\n"
    "2031年,样例省财政安排奖补资金,对完成改造的县(市、区),{rule}。"
    "省财政厅下达2031年奖补资金2.6亿元。\n"
)


def test_a_sum_paid_by_a_standard_is_a_rate():
    read = dict(kinds(FUND.format(rule="按照300万元标准实施激励")))
    assert read["300万元"] == "PRICE_OR_RATE"
    assert read["2.6亿元"] == "BUDGET"


def test_an_as_standard_said_with_de_and_an_an_alone():
    assert dict(kinds(FUND.format(rule="按300万元的标准给予奖励")))["300万元"] == "PRICE_OR_RATE"


def test_no_an_before_it_keeps_its_reading():
    read = dict(kinds(FUND.format(rule="安排资金300万元标准化建设")))
    assert read["300万元"] != "PRICE_OR_RATE"


def test_no_standard_after_it_keeps_its_reading():
    read = dict(kinds(FUND.format(rule="按照要求下达资金300万元")))
    assert read["300万元"] == "BUDGET"
