"""Trial 65's 1356 (a township's report on its year, in the 决算 family), by class, on fictional
text: the people's income per head (居民可支配收入, 农民人均纯收入) named before 分别 and its
figures is a rate, PRICE_OR_RATE (``kinds.perheadincome``), each figure of the list in turn; they
were read as revenue. The level an economy's statistic rose to (社会消费品零售总额增加到…) is
the economy's, OTHER (``kinds.kindwords``), not a change. A unit's revenue named beside such an
income, and a change of the statistic with its 比上年, keep their readings. Test material,
fictional."""

from __future__ import annotations

from fictional_text import kinds

HEAD = "青岚镇人民政府2035年度决算报告\n一、基本情况\n"
ECONOMY = (
    "全镇地区生产总值达3.1亿元;居民可支配收入和农民人均纯收入分别达21000元、9800元,"
    "年均分别增长8%、9%;社会消费品零售总额增加到6100万元,增长12%。\n"
)


def test_the_peoples_incomes_per_head_are_rates():
    read = dict(kinds(HEAD + ECONOMY))
    assert read["21000元"] == "PRICE_OR_RATE"
    assert read["9800元"] == "PRICE_OR_RATE"
    assert read["3.1亿元"] == "OTHER"


def test_the_level_an_economys_figure_rose_to_is_the_economys():
    assert dict(kinds(HEAD + ECONOMY))["6100万元"] == "OTHER"


def test_a_units_revenue_beside_an_income_per_head_is_no_rate():
    mixed = HEAD + "财政收入和农民人均纯收入分别为3000万元、9800元。\n"
    assert dict(kinds(mixed))["3000万元"] != "PRICE_OR_RATE"
    single = HEAD + "镇财政收入达3000万元。\n"
    assert dict(kinds(single))["3000万元"] == "REVENUE"
