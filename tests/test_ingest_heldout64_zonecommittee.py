"""A development zone's committee named by its zone with the committee in brackets, opening the
title's line and the note's sentence before its year: 皖江江南新兴产业集中区(管委会)2024年 /
一般公共预算“三公”经费预算 (trial 64's 1338, read unnamed before). The zone with its bracket is
the unit, as written; a zone without its committee, one not before a year, or two different
zones read nothing. Test material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.zonecommittee import zone_committee

NOTE = (
    "青岚新兴产业集中区(管委会)2035年\n一般公共预算“三公”经费预算\n"
    "一、2035年一般公共预算“三公”经费支出预算表\n单位:万元\n“三公”经费合计\n因公出国(境)费\n"
    "公务接待费\n12.3\n2\n10.3\n"
    "二、2035年一般公共预算“三公”经费支出预算情况说明\n"
    "青岚新兴产业集中区(管委会)2035年一般公共预算“三公”经费支出预算为12.3万元,比2034年预算减少"
    "1.2万元。其中:因公出国(境)费支出预算为2万元,公务接待费支出预算为10.3万元。\n"
)


def test_the_zone_committee_names_its_unit():
    assert document(NOTE).unit == "青岚新兴产业集中区(管委会)"


def test_near_misses_name_none():
    assert zone_committee("青岚经济开发区2035年“三公”经费预算为12万元。") is None  # no committee
    assert zone_committee("。青岚经济开发区(管委会)负责园区建设。") is None  # no year after it
    two = "青岚经济开发区(管委会)2035年…。白石高新园区(管委会)2035年…。"
    assert zone_committee(two) is None
    assert zone_committee("\n样例开发区(管理委员会)2035年部门预算")[0] == "样例开发区(管理委员会)"
