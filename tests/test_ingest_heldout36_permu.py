"""An average per mu of land is a rate: the thirty-sixth held-out trial (texts 475–496) left
``亩均投入财政资金1500元`` unread, no kind word before it. 亩均 and 每亩 join 人均 and 每户
among the words of a price or rate; held on fictional text, with the readings it must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚市某某中心2035年度项目支出绩效自评报告\n\n一、项目概况\n\n"


def test_an_average_per_mu_is_a_rate():
    text = REPORT + "按片区平均测算,亩均建设成本约820元。\n"
    assert kinds(text) == [("820元", "PRICE_OR_RATE")]


def test_a_grant_per_mu_is_a_rate():
    text = REPORT + "对流转土地每亩补贴300元。\n"
    assert kinds(text) == [("300元", "PRICE_OR_RATE")]


def test_a_budget_for_land_measured_in_mu_stays_a_budget():
    text = REPORT + "新建农田3000亩,年初预算数为450万元。\n"
    assert kinds(text) == [("450万元", "BUDGET")]
