"""A target whose unit cell is a rate: the thirty-sixth held-out trial (texts 475–496) lost
an indicator row ``发放成本 | = | 1 | 元/人``: its unit cell was no unit the indicator table
knew. A target in 元 per person, per household or per mu is a price or rate; held on
fictional text, with the readings the rule must keep."""

from __future__ import annotations

from fictional_text import kinds

FORM = (
    "青岚市某某中心2034年度项目支出绩效自评表\n\n"
    "一级指标 | 二级指标 | 三级指标 | 指标值 | 度量单位 | 权重 |\n"
)


def test_a_target_per_household_is_a_rate():
    text = FORM + "成本指标 | 入户走访补贴标准 | ≤ | 12.5 | 元/户 | 5 |\n"
    assert kinds(text) == [("12.5", "PRICE_OR_RATE")]


def test_a_target_per_mu_in_wan_is_a_rate():
    text = FORM + "成本指标 | 亩均建设投入 | = | 0.15 | 万元/亩 | 5 |\n"
    found = kinds(text)
    assert found == [("0.15", "PRICE_OR_RATE")]


def test_a_ceiling_in_yuan_stays_planned():
    text = FORM + "成本指标 | 宣传印刷费 | ≤ | 8600 | 元 | 5 |\n"
    assert kinds(text) == [("8600", "PLANNED")]


def test_a_count_per_person_is_no_money():
    text = FORM + "产出指标 | 人均培训次数 | ≥ | 2 | 次/人 | 5 |\n"
    assert kinds(text) == []
