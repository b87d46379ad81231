"""A project report's title that opens on its unit, a 处 (a school's 总务处, a 管理处), before
its year and the project's words: that 处 is the unit, as a 局 or a 中心 heading the line is
(trial 58's 1104: 中国体彩网:宏宇小学总务处2024年度课桌椅购置项目支出绩效自评报告, a hijacked
mirror whose spam prefix 中国体彩网: stands where the place was; the prefix, cut off by its
colon, is no part of the name). Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

BODY = (
    "一、项目概况\n"
    "(一)项目基本情况\n"
    "学校总务处作为本项目主管部门,全面负责课桌椅购置项目的管理工作。确定购置 900 套课桌椅,"
    "总资金 27.84 万元。\n"
    "(二)项目绩效目标\n"
    "数量目标:购置课桌椅900套。\n"
)


def test_a_schools_division_heading_the_title_is_the_unit():
    text = "某某彩票网:样例小学总务处2035年度课桌椅购置项目支出绩效自评报告\n" + BODY
    document = extract(text, "fictional.txt").document
    assert document.unit == "样例小学总务处"
    assert document.year == 2035


def test_a_placed_administration_office_is_read_too():
    text = "青岚县某某水库管理处2035年度水库维修项目支出绩效自评报告\n" + BODY
    assert extract(text, "fictional.txt").document.unit == "青岚县某某水库管理处"


def test_a_title_with_no_holder_before_its_year_names_none():
    text = "2035年度课桌椅购置项目支出绩效自评报告\n" + BODY
    assert not extract(text, "fictional.txt").document.unit_named


def test_a_word_ending_on_a_place_word_is_no_division():
    text = "下载请点击此处2035年度课桌椅购置项目支出绩效自评报告\n" + BODY
    assert not extract(text, "fictional.txt").document.unit_named
