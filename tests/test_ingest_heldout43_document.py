"""Forty-third trial: which reports are of the family and which unit they are of, where a
title reads …费绩效报告 with neither 评价 nor 自评 (``titleperformance``), a state farm heads
the title's line, and a fund's name ends on 金 (移民困难扶助金: ``titleunit``). Held on
fictional text, each with the near misses that keep today's reading."""

from __future__ import annotations

import pytest

from govkg.core.errors import IngestError
from govkg.ingest.document.report import read_document
from govkg.ingest.document.titleunit import is_fund
from govkg.ingest.text.textview import clean_view

BODY = (
    "一、项目概况\n2031年,本单位收到专项资金80万元,其中50万元用于苗木培育,30万元用于护林。\n"
    "二、评价结论\n项目按期完成。\n"
)


def _read(text: str):
    return read_document(clean_view(text), "x.txt")


def test_a_fee_s_bare_performance_report_is_a_project_report():
    doc = _read("青岚县某某苗圃2031年度育苗补偿费绩效报告\n\n" + BODY)
    assert doc.genre == "项目支出绩效自评报告"
    assert doc.unit == "青岚县某某苗圃"
    assert doc.year == 2031


def test_a_project_s_bare_performance_report_keeps_its_bureau():
    doc = _read("样例市某某局2031年项目资金绩效报告\n" + BODY)
    assert doc.genre == "项目支出绩效自评报告"
    assert doc.unit == "样例市某某局"


def test_a_sentence_or_heading_naming_a_performance_report_is_no_title():
    news = (
        "近日,样例县召开专题会议,听取各单位工作汇报。会议要求各单位按时报送专项资金绩效报告。\n"
        "会议强调,要抓好落实,共安排资金30万元。\n"
    )
    with pytest.raises(IngestError):
        _read(news)
    heading = "近日,样例县召开会议。\n二、项目单位绩效报告情况\n会议安排资金30万元。\n"
    with pytest.raises(IngestError):
        _read(heading)


def test_a_unit_s_work_performance_report_without_a_fund_is_no_title():
    with pytest.raises(IngestError):
        _read("样例区某某局2031年工作绩效报告\n近日召开大会,表彰先进,发放奖金3万元。\n")


def test_a_fund_named_for_the_aid_it_pays_is_no_unit():
    assert is_fund("农村低保救助金")
    assert is_fund("困难群众慰问金")
    doc = _read("关于2031年度某某困难补助金绩效评价报告\n某某厅:\n" + BODY)
    assert doc.unit_named is False


def test_names_ending_on_other_words_are_still_units():
    assert not is_fund("样例市某某中心")
    assert not is_fund("样例县黄金")  # a 金 with no aid word before it: not read as a fund
    doc = _read("2031年度样例县某某中心项目支出绩效评价报告\n" + BODY)
    assert doc.unit == "样例县某某中心"


def test_a_farm_named_in_a_sentence_before_the_year_is_no_holder():
    doc = _read("关于2031年度某某恢复费绩效报告\n\n" + BODY)
    assert doc.genre == "项目支出绩效自评报告"
    assert doc.unit_named is False
