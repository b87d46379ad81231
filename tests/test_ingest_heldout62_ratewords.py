"""Trial 62's 1239 (a township's 2020 决算 note: 全乡实现人均可支配收入达到13579元, read as revenue)
and 1238 (a township's transfer self-evaluation: 预计…每年亩产1500公斤,每公斤售价4元,预计年总收入…,
read as planned by its sentence's 预计). Pattern: an income per head of the people said right
before its figure (人均可支配收入, 户均纯收入) and a price per kilo (每公斤) are rates, as 人均 and
每亩 are (``kinds.kindwords``, ``kinds.prosekinds``). Not the revenue of a unit (本年收入), not
a total over the heads (人均收入增长带动全乡收入…), not a kilo's count without 每. Test material,
fictional."""

from __future__ import annotations

from fictional_text import kinds
from govkg.ingest.kinds.kindwords import kind_of
from govkg.ingest.kinds.prosekinds import per_measure_kind

TITLE = "青岚乡2035年度项目支出绩效自评报告\n一、项目概况\n"


def test_an_income_per_head_is_a_rate():
    assert kind_of("2035年全乡实现人均可支配收入达到") == "PRICE_OR_RATE"
    assert kind_of("全村户均纯收入为") == "PRICE_OR_RATE"


def test_a_units_revenue_or_an_income_not_right_before_is_no_rate():
    assert kind_of("2035年本单位本年收入合计") == "REVENUE"
    assert kind_of("人均可支配收入增长带动全乡财政收入") == "REVENUE"


def test_a_price_per_kilo_is_a_rate_whatever_its_sentence_projects():
    text = TITLE + "预计样例梨园2036年投产,每年亩产1200公斤,每公斤售价6元,预计年总收入36万元。\n"
    assert kinds(text) == [("6元", "PRICE_OR_RATE"), ("36万元", "PLANNED")]
    assert per_measure_kind("共产1200公斤,售价", None) is None
