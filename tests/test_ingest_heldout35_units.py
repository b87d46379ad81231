"""Units of the thirty-fifth held-out trial, by class: each rule held on fictional text written
unlike the trial's, with near misses that keep today's reading."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.report import UNNAMED

BODY = (
    "二、项目资金情况\n年初预算30万元,实际支出29.5万元。\n"
    + "项目按期完工,群众满意度较高,后续管护责任已落实到村,档案资料完整齐全。\n" * 20
    + "三、存在的问题\n宣传不够。\n"
)  # long enough that no line of the opening reads as a signature at the end

# -- 重点 (a key evaluation) is the genre's word, as 事前/事中/事后 are: never a name's end ----


def test_a_key_evaluation_of_a_project_names_no_project_as_unit():
    text = "2032年乡村道路硬化工程重点绩效评价报告\n一、基本情况\n道路硬化12公里。\n" + BODY
    assert document(text).unit == UNNAMED


def test_a_bureau_before_a_key_evaluation_is_still_the_unit():
    text = "青岚县交通运输局2032年度重点绩效评价报告\n一、基本情况\n道路硬化12公里。\n" + BODY
    assert document(text).unit == "青岚县交通运输局"


# -- a project titled by its place, carried out by that place's bureau (placedimplementer) --


def test_the_place_s_bureau_carrying_the_project_out_is_the_unit():
    text = (
        "青岚县2031年乡村道路硬化项目绩效评价报告\n一、基本情况\n"
        "为改善群众出行条件,该项目由县交通运输局负责实施,硬化道路12公里。\n" + BODY
    )
    assert document(text).unit == "青岚县交通运输局"


def test_a_key_evaluation_titled_by_its_district_reads_the_district_s_bureau():
    text = (
        "样例区2030年饮水安全巩固提升工程重点绩效评价报告\n一、基本情况\n"
        "按照上级要求,由区水务局实施样例区2030年饮水安全巩固提升工程。\n" + BODY
    )
    assert document(text).unit == "样例区水务局"


def test_another_level_s_bureau_is_not_completed_with_the_title_s_place():
    text = (
        "青岚县2031年乡村道路硬化项目绩效评价报告\n一、基本情况\n"
        "该项目由市交通运输局实施,硬化道路12公里。\n" + BODY
    )
    assert document(text).unit != "青岚县交通运输局"


def test_a_bureau_that_only_passes_the_money_on_is_not_read():
    text = (
        "青岚县2031年乡村道路硬化项目绩效评价报告\n一、基本情况\n"
        "资金由县财政局下达,硬化道路12公里。\n" + BODY
    )
    assert document(text).unit == UNNAMED


def test_a_pronoun_carrying_the_project_out_names_none():
    text = (
        "青岚县2031年乡村道路硬化项目绩效评价报告\n一、基本情况\n"
        "该项目由我局负责实施,硬化道路12公里。\n" + BODY
    )
    assert document(text).unit == UNNAMED


def test_a_bureau_heading_the_title_keeps_its_own_name():
    text = (
        "青岚县交通运输局2031年乡村道路硬化项目绩效评价报告\n一、基本情况\n"
        "该项目由县公路事务中心实施。\n" + BODY
    )
    assert document(text).unit == "青岚县交通运输局"
