"""A budget or accounts note whose duties section opens on what the unit is, the placed name
said in the same sentence to be a 事业单位 or a school (1、本单位职责:X是…的一所直属学校,单位性质
属于全额事业单位: trial 58's 1110; 1、职能职责 / 主要负责:X是由政府举办…的纯公益性全额拨款事业
单位: 1117): that name is the unit; the superior named after it, an unplaced name, or a
sentence saying what the unit does name none. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.document.naturesubject import nature_subject
from govkg.ingest.extract import extract

SCHOOL = (
    "第一部分 单位概况\n"
    "1、本单位职责:青岚市第九小学是青岚市教育局的一所直属学校,单位性质属于全额事业单位。"
    "目前拥有18个教学班。\n"
    "2、机构设置情况:我单位属于全额事业单位,编制人数41人。\n"
    "第二部分 2035年度部门决算情况说明\n"
    "一、收入支出决算总体情况\n"
    "2035年收入184.44万元,支出184.44万元,其中:基本支出170.00万元,项目支出14.44万元。\n"
)
CENTRE = (
    "一、部门基本概况\n"
    "1、职能职责\n"
    "主要负责:青岚市样例区疾病预防控制中心是由政府举办实施区级疾病预防控制的纯公益性全额拨款"
    "事业单位。承担全区传染病防治工作。\n"
    "二、部门收支总体情况\n"
    "2035年部门预算收入为一般公共预算收入110.71万元,其中:基本支出88.71万元,"
    "项目支出22.00万元。\n"
)


def test_a_school_said_to_be_a_school_under_its_duties_is_the_unit():
    document = extract(SCHOOL, "fictional.txt").document
    assert document.unit == "青岚市第九小学"
    assert document.year == 2035


def test_a_centre_said_to_be_a_public_institution_after_its_label_is_the_unit():
    document = extract(CENTRE, "fictional.txt").document
    assert document.unit == "青岚市样例区疾病预防控制中心"


def test_the_superior_named_after_it_is_not_taken():
    found = nature_subject("1、本单位职责:学校是青岚市教育局的一所直属学校。\n")
    assert found is None


def test_an_unplaced_name_is_not_read():
    assert nature_subject("1、职能职责\n第九小学是一所公办学校。\n") is None


def test_what_the_unit_does_is_no_statement_of_what_it_is():
    text = "1、职能职责\n青岚市样例区疾病预防控制中心是全区疾病预防控制的技术指导中心。\n"
    assert nature_subject(text) is None


def test_a_sentence_away_from_the_duties_heading_is_not_read():
    text = "三、其他说明\n青岚市第九小学是青岚市教育局的一所直属学校。\n"
    assert nature_subject(text) is None
