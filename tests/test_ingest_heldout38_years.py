"""Years of the thirty-eighth held-out trial, by class: a year that dates a founding
(于2013年建成, 成立于2009年) is history, not the report's year (``foundedyear``); a year's
own works (2031年建成…, with no 于) stay that year's."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.foundedyear import dates_a_founding

TAIL = (
    "二、项目资金情况\n年初预算30万元,实际支出29.5万元。\n"
    + "项目按期完工,群众满意度较高,后续管护责任已落实到村,档案资料完整齐全。\n" * 20
    + "三、存在的问题\n宣传不够。\n"
)


def _at(text: str, year: str) -> bool:
    start = text.index(year)
    return dates_a_founding(text, start, start + len(year))


def test_a_founding_year_is_history():
    assert _at("青岚县文化馆成立于2009年,现有职工12人", "2009年")
    assert _at("该中心于2015年组建,为公益一类事业单位", "2015年")
    assert _at("体育场于2013 年建成", "2013 年")


def test_a_years_own_works_or_a_bare_year_stay():
    assert not _at("2031年建成高标准农田1万亩", "2031年")
    assert not _at("于2031年完成全部建设任务", "2031年")
    assert not _at("2031年,中心开展了培训", "2031年")


def test_the_report_year_comes_after_the_history():
    text = (
        "一、项目基本情况\n青岚县游泳馆于2016年建成,总投资800万元。"
        "2031年游泳馆免费开放180天,接待群众2万人次。\n" + TAIL
    )
    assert document(text).year == 2031


def test_a_year_of_works_done_in_it_stays_the_report_year():
    text = "一、项目基本情况\n2031年建成乡村公路12公里,2032年继续推进。\n" + TAIL
    assert document(text).year == 2031
