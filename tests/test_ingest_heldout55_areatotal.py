"""A city's, county's or district's whole 三公 total reported in a news item names the area as
the unit, as a finance bureau's summed note does (``summed``; the corpus's 217 岳阳市, 953
涪城区): trial 55's 991 (增城市2015年一般公共预算资金安排的“三公”经费预算为8283.68万元), 994
(2014年济南市本级…“三公”经费预算总额为2.08亿元), 995 (2014年成都市市本级部门,使用财政拨款安排
“三公”经费38431.69万元) and 999 (2015年广州“三公”经费预算总额4.6亿元, written 广州市 in 广州市
本级): all unnamed before. A province's total, 全市, a department's total, the area's units
listed, and an area's own note with no level word (the corpus's 154, 312) stay unnamed.
Test material, fictional."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.ingest.threepublic.areatotal import area_total

UNNAMED = "（未署名的报告单位）"
LEAD = "样例市今年“三公”预算总额2.08亿 比去年下降超一成\n来源:某某网\n商报消息(记者 某某) 昨日,记者从样例市财政局获悉,样例市向社会公布了2034年市级“三公”经费预算。\n"
TAIL = "其中:因公出国(境)费用1344万元;车辆购置及运行维护费15218万元;公务接待费4263万元。\n"


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("2034年样例市本级公共预算财政拨款安排的“三公”经费预算总额为2.08亿元,比2033年预算下降10.84%。",
         "样例市"),
        ("2034年样例市市本级部门,使用财政拨款安排“三公”经费38431.69万元,较2033年预算减少2248.13万元。",
         "样例市"),
        ("据了解,某某县2034年一般公共预算资金安排的“三公”经费预算为8283.68万元,增长28.99%。",
         "某某县"),
        ("按照某州市财政局公布的数据,2034年某州“三公”经费预算总额4.6亿元,下降3.9%。",
         "某州市"),  # a city named short (广州), written with 市 in 某州市本级
    ],
)
def test_a_news_items_area_total_names_the_area(sentence, unit):
    lead = LEAD.replace("样例市", unit) if unit == "某州市" else LEAD.replace("样例市", "某地")
    assert document(lead + sentence + "\n" + TAIL).unit == unit


@pytest.mark.parametrize(
    "sentence",
    [
        "经样例省财政厅汇总,2034年样例省本级部门安排的“三公”经费预算为4.4亿元。",  # a province
        "2034年全市“三公”经费预算总额为2.08亿元。",  # no name
        "2034年市人大“三公”经费预算为12.5万元。",  # a department's
        "2034年某某县行政单位、事业单位“三公”经费预算为830万元。",  # the units listed
    ],
)
def test_other_totals_name_no_area(sentence):
    assert area_total(LEAD.replace("样例市", "某地") + sentence + "\n") is None


def test_an_areas_own_note_with_no_level_stays_unnamed():
    note = (
        "根据国务院、省政府关于推进政府预算信息公开的决策部署和区政府工作安排,样例区2034年一般"
        "公共预算安排“三公”经费决算数2364万元,比上年决算数下降16.77%。分项情况是:因公出国(境)"
        "经费12万元;公务接待费1356万元;公车购置及运行费995万元。\n"
    )
    assert area_total(note) is None
    assert document(note).unit == UNNAMED
    leveled = note.replace("样例区2034年一般", "2034年样例区区本级一般")
    assert area_total(leveled)[0] == "样例区"
