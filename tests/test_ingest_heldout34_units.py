"""Units of the thirty-fourth held-out trial, by class: each rule held on fictional text
written unlike the trial's, with near misses that keep today's reading.

- a fund's words before a title's 的 are no unit (``titleunit._OF``), and the project's
  组织实施单位 introduced with its short name is the unit where the text states it
  (``implementer``), never a role sentence read as an introduction (``issuer._ROLE``);
- a form's 项目单位 cell naming an office short by its 办 (``report._FIELD_UNIT``);
- a publisher field cut inside its place's name (``cutplace``).
"""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.report import UNNAMED

TAIL = (
    "二、项目资金情况\n年初预算30万元,实际支出29.5万元。\n"
    + "项目按期完工,群众满意度较高,后续管护责任已落实到村,档案资料完整齐全。\n" * 20
    + "三、存在的问题\n宣传不够。\n"
)  # long enough that no line of the opening reads as a signature at the end


def _fund(title: str, sentence: str) -> str:
    return (
        f"{title}\n发布日期:2032-05-06\n一、项目基本情况\n"
        "为保障农村饮水安全,县财政连续三年安排专项资金用于水厂改造和管网延伸。"
        f"{sentence}\n" + TAIL
    )


# -- a fund's words before a title's 的; the project's 组织实施单位 (implementer) ------------


def test_a_fund_before_the_titles_de_names_no_unit():
    doc = document(_fund("关于2029—2031年度青岚县农村饮水安全补助资金的绩效评价报告", ""))
    assert (doc.unit, doc.year) == (UNNAMED, 2031)


def test_the_projects_organising_unit_with_its_short_name_is_the_unit():
    sentence = "该项目组织实施单位为青岚县水利局(以下简称“县水利局”),负责水厂改造。"
    doc = document(_fund("关于2031年度青岚县农村饮水安全补助资金的绩效评价报告", sentence))
    assert doc.unit == "青岚县水利局"


def test_a_units_name_before_the_titles_de_is_still_the_unit():
    doc = document(_fund("关于2031年度青岚县水利局的项目支出绩效自评报告", ""))
    assert doc.unit == "青岚县水利局"


def test_another_bodys_role_with_its_short_name_names_no_unit():
    sentence = "项目主管部门为青岚县财政局(以下简称“县财政局”),负责资金拨付。"
    doc = document(_fund("关于2031年度青岚县农村饮水安全补助资金的绩效评价报告", sentence))
    assert doc.unit == UNNAMED


def test_a_units_own_introduction_with_its_short_name_keeps_its_reading():
    sentence = "\n青岚县水利局(以下简称“县水利局”)是县人民政府工作部门。"
    doc = document(_fund("关于2031年度青岚县农村饮水安全补助资金的绩效评价报告", sentence))
    assert doc.unit == "青岚县水利局"


# -- a form's 项目单位 cell naming an office short by its 办 ---------------------------------


def _form(unit_cell: str, publisher: str = "来源:青岚县财政局") -> str:
    return (
        f"2031年度政协委员履职服务项目支出绩效自评报告\n{publisher}   2032-03-02\n\n"
        "项目名称\n\n委员履职服务\n\n"
        f"项目单位\n\n{unit_cell}\n\n主管部门\n\n评价方式: 自评\n\n" + TAIL
    )


def test_a_forms_unit_cell_naming_an_office_short_is_the_unit():
    assert document(_form("青岚县政协办")).unit == "青岚县政协办"


def test_a_forms_unit_cell_naming_the_office_in_full_keeps_it_whole():
    assert document(_form("青岚县人民政府办公室")).unit == "青岚县人民政府办公室"


# -- a publisher field cut inside its place's name (cutplace) ----------------------------------

PAGE = (
    "项目支出绩效自评报告\n{publisher}   2032-03-02\n\n"
    "{place}财政支出项目绩效评价自评报告\n\n一、项目基本情况\n"
    "{sentence}\n" + TAIL
)


def test_a_publisher_cut_inside_its_place_is_never_taken():
    text = PAGE.format(
        publisher="信息来源:山湖区教育局",
        place="青山湖区",
        sentence="本项目由青岚市青山湖区教育局(制)表填报,资金用于校舍维修。",
    )
    assert document(text).unit == UNNAMED


def test_a_one_character_place_written_after_its_city_keeps_its_reading():
    text = PAGE.format(
        publisher="信息来源:南县教育局",
        place="南县",
        sentence="本项目由益阳市南县教育局组织实施,资金用于校舍维修。",
    )
    assert document(text).unit == "南县教育局"


def test_a_publisher_after_a_sentences_words_keeps_its_reading():
    text = PAGE.format(
        publisher="信息来源:青岚市教育局",
        place="青岚市",
        sentence="项目实施主体青岚市教育局按计划完成校舍维修。",
    )
    assert document(text).unit == "青岚市教育局"
