"""Trial 56's area-level 三公 totals: the area is the unit, as the corpus's majority files it
(217 岳阳市, 953 涪城区, 994 济南市, 967/968 中央本级). 1035: a county's summed note whose
government's approval stands between the sum and what it covers (经昌宁县财政局汇总,县人民政府
审定,昌宁县本级部门…, ``summed``); 1030: a news item's 今年的南京市级“三公”经费预算,总额为…;
1021 and 1039: the central level's whole total, 2013年中央本级“三公经费”财政拨款预算79.69亿元
(``areatotal``). A prefecture's bureau summing with no 经…汇总 sentence (the corpus's 177), a
department's share of the central level, 中央 with no 本级 and 全市 stay unnamed. Test
material, fictional."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.ingest.threepublic.areatotal import area_total

UNNAMED = "（未署名的报告单位）"
ITEMS = "其中,因公出国(境)费65.98万元;公务接待费918.5万元;公务用车购置及运行费972.75万元。\n"


@pytest.mark.parametrize(
    ("approval", "unit"),
    [("县人民政府审定,", "样例县"), ("并报经县人民政府同意,", "样例县"), ("", "样例县")],
)
def test_a_summed_note_approved_by_the_areas_government_names_the_area(approval, unit):
    note = (
        "索引号 | 0152-2032 | 发布机构 | 样例县财政局 |\n"
        f"根据国务院关于推进政府预算信息公开的决策部署,经样例县财政局汇总,{approval}样例县本级部门"
        "包括县本级行政单位、事业单位以及其他使用财政拨款安排“三公”经费单位2031年“三公”经费决算"
        "情况如下:\n2031年县本级“三公”经费决算支出数为1957.23万元,较2030年决算数减少3.51万元。\n"
        + ITEMS
    )
    assert document(note).unit == unit


def test_a_prefecture_bureau_counting_its_level_without_a_summed_sentence_stays_unnamed():
    note = (
        "根据国务院关于推进政府预算信息公开的决策部署,样例州财政局对州本级2031年度“三公”经费决算数"
        "进行统计汇总,并报经州人民政府同意,样例州州本级部门,包括州本级行政单位、事业单位2031年度"
        "“三公”经费决算情况说明如下:\n" + ITEMS
    )
    assert document(note).unit == UNNAMED


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("昨天(9月30日),样例市财政局网站公布了今年的样例市级“三公”经费预算,总额为3.68亿元,比去年"
         "的“三公”经费决算少了0.47亿元。", "样例市"),
        ("2033年中央本级“三公经费”财政拨款预算79.69亿元中,因公出国(境)费21.36亿元。", "中央本级"),
        ("某部汇总各中央部门的数据显示,2033年度中央本级“三公”经费支出总计53.73亿元,比预算数削减"
         "14.9%。", "中央本级"),
    ],
)
def test_a_news_items_area_or_central_total_names_its_level(sentence, unit):
    lead = "某地“三公”预算公布\n(记者 某某)\n"
    assert document(lead + sentence + "\n" + ITEMS).unit == unit


@pytest.mark.parametrize(
    "sentence",
    [
        "2033年本部门“三公”经费预算占中央本级“三公”经费的0.5%。",  # a department's share
        "2033年中央“三公”经费预算79.69亿元。",  # 中央 alone: a level's word, no whole
        "今年全市“三公”经费预算总额为3.68亿元。",  # no name
    ],
)
def test_other_sentences_name_no_level(sentence):
    assert area_total("(记者 某某)\n" + sentence + "\n") is None
