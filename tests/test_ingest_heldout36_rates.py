"""Rates and plans the thirty-sixth held-out trial misread: a wage said per year and head
after its figure (30000元每年每人) read as spent, its 每人 then making the next item a rate;
计划使用财政资金 read as spent by its 使用; the 标准 of 高标准农田 read as a rate. Held on
fictional text, with the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚县某某局2031年度项目支出绩效自评报告\n\n一、项目基本情况\n\n"


def test_a_rate_per_period_and_head_said_after_its_figure():
    text = REPORT + "聘用讲解员的补贴为1200元每月每人,由县财政承担。\n"
    assert kinds(text) == [("1200元", "PRICE_OR_RATE")]


def test_a_rate_per_head_and_month_with_slashes():
    text = REPORT + "慰问金标准为300元/户/年,全年实际支出6万元。\n"
    assert kinds(text) == [("300元", "PRICE_OR_RATE"), ("6万元", "SPENDING")]


def test_the_rates_head_is_not_the_next_items():
    text = REPORT + "其中讲解员酬劳2000元每月每人,场地租金共4万元。\n"
    found = kinds(text)
    assert found[0] == ("2000元", "PRICE_OR_RATE")
    assert found[1][1] != "PRICE_OR_RATE"


def test_a_rate_per_head_said_once_still_is_one():
    text = REPORT + "补贴0.5万元/人,共发放15万元。\n"
    assert kinds(text) == [("0.5万元", "PRICE_OR_RATE"), ("15万元", "SPENDING")]


def test_a_figure_before_a_yearly_budget_word_stays_unread():
    text = REPORT + "档案数字化经费8万元每年度预算一次。\n"
    assert kinds(text)[0][1] != "PRICE_OR_RATE"


def test_funds_a_year_plans_to_use_are_its_budget():
    text = REPORT + "年度目标:计划使用专项资金26万元用于修缮三处文物保护点。\n"
    assert kinds(text) == [("26万元", "BUDGET")]


def test_funds_used_stay_spent():
    text = REPORT + "截至年底已使用资金26万元,计划使用12万元。\n"
    assert kinds(text) == [("26万元", "SPENDING"), ("12万元", "SPENDING")]


def test_a_high_standard_in_a_name_is_no_rate():
    text = REPORT + "高标准茶园改造资金共计320万元。\n"
    assert kinds(text)[0][1] != "PRICE_OR_RATE"


def test_a_standard_of_payment_stays_a_rate():
    text = REPORT + "按照补助标准1500元发放。\n"
    assert kinds(text) == [("1500元", "PRICE_OR_RATE")]
