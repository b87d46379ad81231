"""Trial 56's 1036 and 1037: a news item reporting two or more bodies' 三公 figures side by
side (铁道部及国家质量监督检验检疫总局23日分别公布了其“三公经费”情况; sections under 国家邮政局 /
国家地震局 / 国家人口计生委) names no unit, where each was read as one of them (``sidebyside``).
An item about one body, others only compared, or whose lead gives one body's figures before
the sections (trial 55's 969), keeps that body. Test material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.sidebyside import side_by_side

UNNAMED = "（未署名的报告单位）"

JOINT_LEAD = (
    "新华网北京7月23日电 农业部及国家某某监督管理总局23日分别公布了其“三公经费”情况。"
    "农业部23日公布了2031年“三公经费”及2032年“三公经费”预算。2031年,农业部“三公经费”财政拨款"
    "决算为1070.5万元,其中因公出国(境)费374.53万元,公务接待费164.01万元。"
    "国家某某监督管理总局23日在其官方网站公布了2031年财政拨款决算情况。2031年,某某系统“三公"
    "经费”财政拨款支出41885.88万元。其中,公务接待费财政拨款支出11236.59万元。\n"
)

SECTIONS = (
    "国家某某局首列具体单位“三公”支出\n\n2032年07月19日08:49 | 某某门户网\n\n"
    "国家甲某局\n\n公务车费用占比近半\n\n国家甲某局昨天公布的数据显示,去年“三公经费”决算数"
    "2097.78万元,其中公务用车购置及运行费1048.84万元。\n\n"
    "国家乙某局\n\n去年人均“三公”支出2962元\n\n国家乙某局去年“三公经费”支出6367.25万元,公车"
    "费用4108.12万元。\n\n"
    "国家丙某委\n\n因公出国费用超五成\n\n国家丙某委昨日公布的数据显示,去年“三公经费”支出927.2"
    "万元,其中因公出国(境)支出470.54万元。\n"
)


def test_bodies_that_each_published_their_own_name_no_unit():
    assert side_by_side(JOINT_LEAD)
    assert document(JOINT_LEAD).unit == UNNAMED


def test_sections_under_two_or_more_bodies_name_no_unit():
    assert side_by_side(SECTIONS)
    assert document(SECTIONS).unit == UNNAMED


def test_one_body_with_others_only_compared_keeps_it():
    item = (
        "本报讯(记者 某某)昨天,农业部公布了2031年“三公经费”支出和2032年预算情况。去年,农业部"
        "“三公”财政拨款决算为1.2亿元,其中因公出国(境)费1141万元,公务用车购置及运行费9326.25"
        "万元,公务接待费1270.28万元。在目前公布“三公”费用的26个部门中,农业部和水利部的公车费用"
        "是最高的,水利部达3655.68万元。\n"
    )
    assert not side_by_side(item)
    assert document(item).unit == "农业部"


def test_a_lead_giving_one_bodys_figures_before_the_sections_keeps_it():
    item = (
        "本报讯(记者 某某)国家甲某局、国家乙某局昨天公布“三公经费”账单。值得注意的是,国家甲某局"
        "在公务接待费方面,去年决算和今年预算分别仅为26.07万元和13.95万元。\n"
        + SECTIONS.split("\n\n", 2)[2]
    )
    assert not side_by_side(item)


def test_a_list_published_each_but_reported_for_one_body_only_is_no_sign():
    item = (
        "新华网北京7月23日电 农业部及国家某某总局23日分别公布了其部门预算。农业部“三公经费”"
        "财政拨款预算为1089.78万元。\n"
    )
    assert not side_by_side(item)


def test_one_bodys_name_repeated_over_its_sections_is_no_sign():
    form = (
        "样例县某某局2031年度部门决算\n"
        "样例县某某局\n一、收入决算120.5万元。\n样例县某某局\n二、支出决算118.2万元。\n"
    )
    assert not side_by_side(form)
