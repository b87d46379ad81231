"""A 部门决算's 收 and 支 stated as one pair, the unit word written once after the second
figure, and 支总计 with its 出 dropped: the twenty-ninth held-out trial (texts 361–374) lost the
first figure and read the second as revenue. Held on fictional text with cases the rules must
not fire on."""

from __future__ import annotations

from fictional_text import kinds

ACCOUNTS = "青岚县某某小学2021年部门决算\n\n第二部分 2021年度部门决算情况说明\n\n一、收入支出决算总体情况说明\n\n"


def test_a_pair_with_one_unit_word_gives_the_first_figure_its_unit():
    text = ACCOUNTS + "本年度收入总计318.40、支出总计301.25万元。收入增加12.05、支出增加9.3万元。\n"
    assert kinds(text) == [
        ("318.40", "REVENUE"),
        ("301.25万元", "SPENDING"),
        ("12.05", "CHANGE"),
        ("9.3万元", "CHANGE"),
    ]


def test_spending_written_without_its_chu_is_spending():
    text = ACCOUNTS + "本年度财政拨款收入318.40万元、支合计301.25万元。\n"
    assert kinds(text) == [("318.40万元", "REVENUE"), ("301.25万元", "SPENDING")]


def test_a_joint_shou_zhi_total_keeps_both_sides():
    text = ACCOUNTS + "本年度收、支总计均为318.40万元。\n"
    assert kinds(text) == [("318.40万元", "REVENUE"), ("318.40万元", "SPENDING")]


def test_a_figure_with_no_unit_and_no_pair_stays_out():
    text = ACCOUNTS + "本年度收入318.40,较上年增长5%;支出总计301.25万元。\n"
    assert kinds(text) == [("301.25万元", "SPENDING")]  # no unit word for 318.40: no amount


def test_a_fee_and_a_payment_are_no_pair():
    text = ACCOUNTS + "本年度收费标准12.5、支付工程款20万元。\n"
    assert kinds(text) == [("20万元", "SPENDING")]  # 12.5 is no amount: not 收入 and 支出
