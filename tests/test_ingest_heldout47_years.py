"""Years of trial 46's 692 held after the forty-seventh trial, by class: a paragraph telling
the unit's history (historyyear) and money shared out by year, reported to the end of the last
(trancheyear); each on fictional text written unlike the trial's, with near misses that keep
today's reading."""

from __future__ import annotations

from govkg.ingest.document.years import stated_year


def _year(head: str) -> int | None:
    found = stated_year(head)
    return int(found["year"]) if found else None


# -- a paragraph on the unit's history: none of its years is the report's (historyyear) ------


def test_the_unit_s_milestones_are_history():
    head = (
        "一、项目概况\n本院2011年被评为省级示范医院,2016年荣获全国文明单位称号,"
        "2019年成为区域医疗中心。\n二、资金情况\n2031年度安排资金80万元,已全部支出。\n"
    )
    assert _year(head) == 2031


def test_a_milestone_year_stating_money_is_a_funding_year():
    head = "一、项目概况\n我校2031年获批专项资金500万元,用于实验楼建设。\n2029年度另有结余。\n"
    assert _year(head) == 2031


def test_a_project_s_own_milestone_stays_its_year():
    head = "一、项目概况\n该项目2031年通过竣工验收,完成投资900万元。\n"
    assert _year(head) == 2031


# -- money shared out by year, to the end of the last year (trancheyear) ---------------------


def test_tranches_used_to_the_last_year_s_end_are_of_that_year():
    head = (
        "四、资金情况\n累计下达债券资金8000万元,分别为2029年2000万元、2030年6000万元,"
        "截至2030年12月31日已支付7100万元。\n"
    )
    assert _year(head) == 2030


def test_tranches_with_no_year_end_leave_the_year_unknown():
    head = "四、资金情况\n累计下达债券资金8000万元,分别为2029年2000万元、2030年6000万元。\n"
    assert _year(head) is None


def test_a_year_end_of_another_year_leaves_the_year_unknown():
    head = (
        "四、资金情况\n分别为2029年2000万元、2030年6000万元,截至2029年底已支付1900万元。\n"
    )
    assert _year(head) is None


def test_one_year_s_amount_then_another_word_is_no_list():
    head = "四、资金情况\n2031年3000万元,主要用于道路建设,2032年计划继续安排。\n"
    assert _year(head) == 2031
