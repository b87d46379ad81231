"""Rates said with a slash the twenty-ninth held-out trial (texts 361–374) left unread, held on
fictional text with cases the rule must not fire on."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚县某某站2022年度动物防疫补助资金绩效自评报告\n\n一、基本情况\n\n"


def test_a_rate_per_animal_is_a_rate():
    text = REPORT + (
        "按照方案要求,对病死母猪给予补贴600元/头,对病死禽类补贴15元/羽,"
        "全年共发放补贴资金3.6万元。\n"
    )
    assert kinds(text) == [
        ("600元", "PRICE_OR_RATE"),
        ("15元", "PRICE_OR_RATE"),
        ("3.6万元", "SPENDING"),  # the sum paid out stays spending
    ]


def test_a_rate_per_head_followed_by_its_verb_is_a_rate():
    text = REPORT + "(1)数量指标:对五名防疫员按照4000元/名予以补助,已足额兑现。\n"
    assert kinds(text) == [("4000元", "PRICE_OR_RATE")]


def test_a_slash_before_other_words_is_no_rate():
    text = REPORT + "本年度支出资金8000元/人民币结算,执行率100%。\n"
    assert kinds(text) == [("8000元", "SPENDING")]  # 人民币 is no head


def test_a_sum_before_a_head_count_is_no_rate():
    text = REPORT + "全年支出资金2.4万元,补助人数6人。\n"
    assert kinds(text) == [("2.4万元", "SPENDING")]
