"""A provincial department's voice (我厅) under a publisher that is no 厅 (trial 49's 768:
发布机构 明山区人民政府 over …我厅及时拨付资金, speaking of 我省's pilot cities): the district's
site republished it, and the unit stays unnamed where the text names no 厅 (departmentvoice).
Near misses keep today's reading: a 厅 publishing its own page, a bureau's voice (我局), 我省
alone. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.document.departmentvoice import speaks_as_department
from govkg.ingest.document.report import UNNAMED
from govkg.ingest.extract import extract

REPUBLISHED = (
    "索引号: 发布机构: 样例区人民政府\n信息名称: 2031年度某某试点奖励资金\n"
    "发布日期: 2032-08-28\n\n2031年度某某试点奖励资金绩效自评报告\n"
    "一、试点城市绩效评价结果\n评审小组对我省2031年度试点城市甲市、乙市的绩效评价指标表进行了评分。\n"
    "二、奖励资金使用情况\n2031年财政部奖励资金下达后,我厅及时拨付资金。"
    "甲市获得3000万元奖励资金,乙市获得2000万元奖励资金。\n"
)


def unit(text: str) -> str:
    return extract(text, "fictional.txt").document.unit


def test_a_department_voice_under_a_district_publisher_leaves_the_unit_unnamed():
    assert unit(REPUBLISHED) == UNNAMED


def test_a_department_publishing_its_own_page_is_read():
    text = REPUBLISHED.replace("样例区人民政府", "样例省财政厅")
    assert unit(text) == "样例省财政厅"


def test_a_bureau_voice_keeps_its_publisher():
    text = REPUBLISHED.replace("我厅", "我局")
    assert unit(text) == "样例区人民政府"


def test_department_voice_only_where_the_text_says_wo_ting():
    assert speaks_as_department("我廳及時撥付資金。", "样例区人民政府")
    assert not speaks_as_department("我省试点城市两个。", "样例区人民政府")
    assert not speaks_as_department("我厅及时拨付资金。", "样例省人民政府办公厅")
