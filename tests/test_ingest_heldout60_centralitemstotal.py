"""The central level's whole 三公 total written as the central accounts report writes it (trial 60's
1198, a news item in traditional characters with readings: 2016年,中央行政事業單位財政撥款因公出國
(境)經費、公務用車購置及運行費、公務接待費(“三公”經費)支出合計48.25億元; and 1169, a synonym-spun
copy of the 2022 report: 2022年中央本級“三公”經費財務撥款支出合計28.24億元, 財務 for 財政; both
unnamed before) names the level as written (``threepublic.areatotal``, as the corpus's 1141 and 1021).
Pattern: a comma after the leading year; the three items spelled out, then their name in brackets;
a spun copy's 财务拨款 as 财政拨款. Not the items with no bracketed name, not a bare 中央, not a
total with no year. Test material, fictional."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.ingest.threepublic.areatotal import area_total

ITEMS = "因公出国(境)经费、公务用车购置及运行费、公务接待费"


def test_the_items_spelled_out_then_named_in_brackets():
    text = (
        f"2035年,中央行政事业单位财政拨款{ITEMS}(“三公”经费)支出合计43.21亿元,比预算数减少1.2亿元。"
    )
    assert area_total(text)[0] == "中央行政事业单位"


def test_a_spun_copys_财务拨款_after_the_name():
    assert area_total("2035年中央本级“三公”经费财务拨款支出合计23.24亿元,比预算数减少4.7亿元。")[
        0
    ] == ("中央本级")


def test_the_news_item_is_read_with_the_level_as_its_unit():
    text = (
        "本报北京6月29日电(记者某某)财政部部长今天作2035年中央决算报告。\n"
        f"2035年,中央行政事业单位财政拨款{ITEMS}(“三公”经费)支出合计43.21亿元,比预算数减少1.2亿元。"
        "其中,因公出国(境)经费8.19亿元;公务用车购置及运行费25.87亿元;公务接待费9.15亿元。\n"
    )
    doc = document(text)
    assert doc.unit == "中央行政事业单位"
    assert doc.year == 2035


@pytest.mark.parametrize(
    "text",
    [
        f"2035年,中央行政事业单位财政拨款{ITEMS}支出合计43.21亿元。",  # no bracketed name
        f"2035年,中央财政拨款{ITEMS}(“三公”经费)支出合计43.21亿元。",  # a bare 中央
        f"中央行政事业单位财政拨款{ITEMS}(“三公”经费)支出合计43.21亿元。",  # no year
    ],
)
def test_no_name_no_level_or_no_year_names_none(text):
    assert area_total(text) is None
