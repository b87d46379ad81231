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


# -- a unit's note on its year's evaluation work is titled by the unit (titleworknote) -------


def test_a_note_on_the_evaluation_work_names_its_unit_and_year():
    text = (
        "样例省青岚市残疾人联合会2030年度绩效自评工作情况\n"
        "一、绩效管理工作开展情况\n共涉及项目2个。\n" + BODY
    )
    read = document(text)
    assert (read.unit, read.year) == ("样例省青岚市残疾人联合会", 2030)


def test_a_heading_on_the_evaluation_work_is_no_title():
    text = (
        "一、基本情况\n本单位为样例县财政全额拨款单位。\n二、绩效评价工作开展情况\n"
        "2031年度共评价项目2个。\n" + BODY
    )
    assert document(text).unit != "二、绩效评价工作开展情况"
    assert "绩效评价工作" not in document(text).unit


def test_a_sentence_on_the_evaluation_work_is_no_title():
    text = (
        "2031年度样例县民政局绩效评价工作开展情况良好,共评价项目2个。\n"
        "一、项目基本情况\n项目按计划实施。\n" + BODY
    )
    assert document(text).unit != "样例县民政局"


# -- a department with its place's finance department self-evaluating (jointselfevaluation) --

OPENING = "根据《关于开展2031年度转移支付绩效自评工作的通知》有关规定,"


def test_the_department_named_before_the_finance_department_is_the_reporter():
    text = (
        "一、绩效目标情况\n" + OPENING + "样例省农业农村厅与财政厅共同组织开展了2031年度"
        "耕地地力保护补贴资金绩效自评工作。\n" + BODY
    )
    assert document(text).unit == "样例省农业农村厅"


def test_a_placed_finance_bureau_second_also_leaves_the_first():
    text = (
        "一、绩效目标情况\n" + OPENING + "青岚市水务局、青岚市财政局开展了2031年度水利发展"
        "资金绩效自评,情况如下。\n" + BODY
    )
    assert document(text).unit == "青岚市水务局"


def test_two_line_departments_leave_the_reporter_open():
    text = (
        "一、绩效目标情况\n" + OPENING + "样例省农业农村厅、水利厅共同组织开展了2031年度"
        "资金绩效自评工作。\n" + BODY
    )
    assert document(text).unit == UNNAMED


def test_a_pronoun_before_the_finance_department_names_none():
    text = (
        "一、绩效目标情况\n"
        + OPENING
        + "我厅、财政厅认真组织开展了2031年度资金绩效自评工作。\n"
        + BODY
    )
    assert document(text).unit == UNNAMED


# -- the department's budget between the year and the project's genre words (report) -------


def test_a_town_titled_before_its_budget_s_project_report_is_the_unit():
    text = (
        "样例县青岚镇2031年度部门预算项目支出绩效自评报告\n一、项目概况\n项目按计划实施。\n" + BODY
    )
    read = document(text)
    assert (read.unit, read.year) == ("样例县青岚镇", 2031)


def test_a_budget_of_another_kind_is_no_title():
    text = "样例县青岚镇2031年度部门预算执行情况报告\n一、项目概况\n项目按计划实施。\n" + BODY
    assert document(text).unit != "样例县青岚镇"


# -- a publisher named by its district, a line heading with its city (citypublisher) --------

NOTE = (
    "一、资金基本情况\n2031年下达我区某某补助资金80万元,已全额拨付。\n"
    "二、资金使用情况\n资金按规定使用,发放率100%。\n" + BODY
)


def test_the_city_s_name_heading_a_line_completes_the_district_s_publisher():
    text = (
        "首页 > 通知公告\n青岚市样例区卫生健康局关于2031年度某某补助资金使用情况的报告\n"
        "来源:样例区卫生健康局\n" + NOTE
    )
    assert document(text).unit == "青岚市样例区卫生健康局"


def test_two_cities_before_the_name_leave_the_publisher_as_written():
    text = (
        "青岚市样例区卫生健康局关于2031年度某某补助资金使用情况的报告\n来源:样例区卫生健康局\n"
        "丹霞市样例区卫生健康局转发。\n" + NOTE
    )
    assert document(text).unit == "样例区卫生健康局"


def test_the_city_inside_a_sentence_is_not_read():
    text = (
        "关于2031年度某某补助资金使用情况的报告\n来源:样例区卫生健康局\n"
        "根据青岚市样例区卫生健康局的安排,现报告如下。\n" + NOTE
    )
    assert document(text).unit == "样例区卫生健康局"


def test_a_sentence_naming_the_publisher_under_its_city_is_no_heading():
    """A sentence's words before the city (本项目由青岚市…) make no line headed by the city:
    found when trial 34's and 35's unit rules met on main."""
    from govkg.ingest.document.citypublisher import city_placed_publisher

    text = "来源:样例区教育局\n本项目由青岚市样例区教育局组织实施,资金用于校舍维修。\n"
    assert city_placed_publisher(text, "样例区教育局") is None
    assert city_placed_publisher("青岚市样例区教育局关于某事\n", "样例区教育局") is not None
