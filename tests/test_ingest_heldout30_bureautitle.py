"""Thirtieth trial (379): a bureau's name opening a title's project words names the unit, its
place left out or not (2031年样例局某某建设|项目绩效评价报告: ``titleunit.fund_holder``);
held on fictional text, with the cases that must keep today's reading."""

from __future__ import annotations

from govkg.ingest.document.report import UNNAMED, read_document
from govkg.ingest.text.textview import clean_view

PROJECT = (
    "{title}\n一、项目基本概况\n为改善群众出行条件,2031年实施本项目,共投入资金86.5万元。\n"
    "二、项目资金使用情况\n项目预算86.5万元,实际支出80万元。\n"
)


def _unit(title: str) -> str:
    return read_document(clean_view(PROJECT.format(title=title)), "x.txt").unit


def test_a_bureau_opening_the_project_words_is_the_unit():
    assert _unit("2031年度交通运输局农村公路安防工程建设项目支出绩效自评报告") == "交通运输局"
    assert _unit("2031年样例县水利局 河道堤防加固项目绩效评价报告") == "样例县水利局"
    assert _unit("2031年民族宗教事务委员会古籍数字化项目绩效评价报告") == "民族宗教事务委员会"


def test_what_a_project_builds_is_no_unit():
    # a 中心 or a 站 may be what the project builds: today's reading, unnamed
    assert _unit("2031年便民服务中心建设项目绩效评价报告") == UNNAMED
    assert _unit("2031年农村饮水安全工程项目绩效评价报告") == UNNAMED


def test_a_placed_unit_s_fund_still_names_it():
    assert _unit("2031年度样例市某某职业学校财政专项资金绩效评价报告") == "样例市某某职业学校"
