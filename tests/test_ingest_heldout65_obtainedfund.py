"""A fund the text says was obtained (取得 / 获得 …资金) is money received (trial 65's 1349, a
county department's note on its special bonds: …供水建设项目取得专项债券资金1600万元, listed
unread before; kinds/obtainedfund). Near misses: what is obtained that is no fund (取得收益,
获得奖励), a figure between, and an amount another word names keep their readings. Test
material, fictional."""

from __future__ import annotations

from fictional_text import kinds

TEXT = (
    "样例局2035年度项目支出绩效自评报告\n一、项目概况\n"
    "2035年我单位实施了青岚区供水建设项目。\n(二)资金情况\n"
    "2035年1月,青岚区供水建设项目{verb}800万元,截至2035年12月31日,已支付500万元。\n"
)


def _first(verb):
    return kinds(TEXT.format(verb=verb))[0]


def test_a_fund_obtained_is_received():
    assert _first("取得专项债券资金") == ("800万元", "REVENUE")
    assert _first("获得上级补助资金共计") == ("800万元", "REVENUE")


def test_what_is_obtained_that_is_no_fund_stays_unread():
    assert _first("取得收益") == ("800万元", None)
    assert _first("获得奖励") == ("800万元", None)
    assert _first("取得专项债券资金2笔,计") == ("800万元", None)


def test_an_amount_another_word_names_keeps_its_kind():
    assert _first("取得专项债券资金,支出") == ("800万元", "SPENDING")
