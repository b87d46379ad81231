"""The issuing unit of news items relaying a central organ's 三公 note or budget (trial 55:
963, 964, 969, read wrong or unnamed before): a lead whose publishing sentence holds the
note's genre words (X网站公布该院“三公经费”财政拨款情况说明。) is no title, its subject is the
unit, and the note's own title below it (关于X“三公经费”…说明) names it in full; a lead going
on into the figures after a bare 显示; a short name (住建部) written in full where the lead
lists the organs that published. A site after a name is never part of it; a full name met
only in the body, a lead naming no body, a title of another body are never taken."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.ingest.document.announcer import announcing_unit
from govkg.ingest.document.newsdateline import without_announcing
from govkg.ingest.document.organinfull import organ_in_full

NOTE = (
    "2030年“三公经费”决算数共计2,133.47万元,其中:\n"
    "1、因公出国(境)费支出数为374.93万元。\n"
    "2、公务用车购置及运行费支出数为1,702.05万元。\n"
    "3、公务接待费支出数为56.49万元。\n"
    "二、2031年“三公经费”财政拨款预算\n"
    "2031年“三公经费”财政拨款预算数为2,051.05万元。\n"
)


def test_the_note_s_own_title_below_a_relaying_lead_names_the_unit_in_full():
    """中国社科院网站公布该院…说明。 / 说明全文如下: / 关于中国社会科学院…说明 (963)."""
    text = (
        "2031年07月15日 10:39 来源:样例网\n"
        "【《样例》综合报道】 近日,中国样例科院网站公布该院“三公经费”财政拨款情况说明。\n"
        "说明全文如下:\n"
        "关于中国样例科学院“三公经费”财政拨款情况说明\n"
        "此次公开的“三公经费”,全部是财政拨款支出。\n"
        "一、2030年“三公经费”财政拨款决算\n" + NOTE
    )
    note = document(text)
    assert note.unit == "中国样例科学院"
    assert note.title == "关于中国样例科学院“三公经费”财政拨款情况说明"
    assert note.year == 2030


def test_a_relaying_lead_with_no_title_below_names_its_subject():
    text = (
        "近日,国家样例局网站公布该局“三公经费”财政拨款情况说明。\n"
        "一、2030年“三公经费”财政拨款决算\n" + NOTE
    )
    assert document(text).unit == "国家样例局"


def test_a_placed_bureau_s_lead_and_its_note_s_title():
    text = (
        "日前,样例市某某局在其网站公布了该局“三公”经费预算情况说明。\n"
        "说明全文如下:\n关于样例市某某管理局“三公”经费预算情况说明\n" + NOTE
    )
    assert document(text).unit == "样例市某某管理局"


def test_a_title_below_of_another_body_is_not_the_lead_s():
    text = (
        "近日,国家样例局网站公布该局“三公经费”财政拨款情况说明。\n"
        "关于国家另一委员会“三公经费”财政拨款情况说明\n" + NOTE
    )
    assert document(text).unit == "国家样例局"


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("中国样例科院网站公布该院", "中国样例科院"),  # the site straight after the name
        ("样例部今日在其官方网站公布", "样例部"),  # 923's shape, as it was
        ("国家样例局官网发布了其", "国家样例局"),
        ("样例县气象站", "样例县气象站"),  # a station, no site
    ],
)
def test_the_lead_s_clause_after_the_name_is_no_part_of_it(words, name):
    assert without_announcing(words) == name


def test_a_lead_going_on_after_a_bare_shows_names_the_organ():
    """…国务院国资委在其网站公布了2014年部门预算,显示国资委今年“三公”经费… (964)."""
    text = (
        "在中央政府部门18日集体“晒预算”大潮中,国务院样例委在其网站公布了2031年部门预算,"
        "显示样例委今年“三公”经费预算数为2841.78万元,比去年预算数减少52万元。其中因公出国(境)费"
        "和公务用车费预算与去年持平,压缩的52万元出自公务接待费预算。\n"
    )
    assert document(text).unit == "国务院样例委"


def test_a_lead_going_on_to_something_else_names_none():
    text = (
        "在中央政府部门18日集体“晒预算”大潮中,国务院样例委在其网站公布了2031年部门预算,"
        "涉及多个单位。今年“三公”经费预算数为2841.78万元,比去年预算数减少52万元。\n"
    )
    assert document(text).unit != "国务院样例委"


LISTED = (
    "本报讯(记者某某 某某)住房和城乡建设部、人力资源和社会保障部、国家样例局以及国家样例和"
    "计划委员会,昨天公布“三公经费”账单。值得注意的是,住建部在公务接待费方面,去年决算和今年预算"
    "分别仅为26.07万元和13.95万元。\n住建部 公务接待十分节约\n"
    "住建部公布,去年“三公经费”实际发生额为708.16万元。其中,因公出国(境)费支出440.25万元。\n"
)


def test_a_short_name_is_written_in_full_where_the_lead_lists_the_publishers():
    """住房和城乡建设部、…以及…,昨天公布“三公经费”账单 over 住建部公布,… (969)."""
    assert document(LISTED).unit == "住房和城乡建设部"


def test_the_listed_organ_the_short_name_stands_for():
    assert organ_in_full(LISTED, "人社部") == (
        "人力资源和社会保障部",
        (LISTED.index("人力资源和社会保障部"), LISTED.index("人力资源和社会保障部") + 10),
    )
    assert organ_in_full(LISTED, "科技部") is None  # listed nowhere


def test_a_full_name_met_in_a_sentence_that_publishes_nothing_is_not_taken():
    """科学技术部 in a sentence on its cars: the lead's 科技部 stays (923)."""
    text = (
        "科技部今日公布“三公经费”情况。截至2030年底,科学技术部共有公务用车54辆。\n"
        "科技部2030年“三公经费”财政拨款支出决算数3686.26万元。\n"
    )
    assert document(text).unit == "科技部"


def test_a_site_after_the_organ_s_name_is_no_part_of_it_in_a_relaying_lead():
    text = (
        "近日,国家样例局网站公布了“三公经费”财政拨款情况。2030年“三公经费”财政拨款支出"
        "18136.48万元,2031年“三公经费”财政拨款预算16865.24万元。\n"
    )
    assert announcing_unit(text) == ("国家样例局", (3, 8))
    assert document(text).unit == "国家样例局"
