"""A budget book's cover names its unit on the first line, above its year's 部门预算 line (trial
64's 1311, a Tianjin college's budget: 天津现代职业技术学院 / 2025年部门预算 / 目 录 …, its only
title the contents' 第二部分 2025年部门预算情况说明, its body naming the college unplaced; read
unnamed before). A banner, a heading, a sentence, or a name above a line that is not the year's
budget or accounts alone names none. Test material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.coverabove import cover_above

BOOK = (
    "青岚现代职业学院\n2035年部门预算\n目 录\n第一部分 概 况\n第二部分 2035年部门预算情况说明\n"
    "第一部分 概 况\n一、主要职责\n培养技术应用人才。\n二、机构设置情况\n青岚现代职业学院内设12个部室。\n"
    "第二部分 2035年部门预算情况说明\n一、关于收支总体情况表的说明\n"
    "收入包括:一般公共预算拨款收入1,234.56万元。支出包括:基本支出1,000.00万元,项目支出234.56万元。\n"
)


def test_the_cover_names_its_unit():
    assert document(BOOK).unit == "青岚现代职业学院"


def test_the_cover_lines():
    assert cover_above("样例县某某中心\n2035年度部门决算公开\n")[0] == "样例县某某中心"
    assert cover_above("  样例职业学院\n\n2035 年单位预算\n目录")[0] == "样例职业学院"


def test_near_misses_name_none():
    assert cover_above("欢迎访问样例县某某中心\n2035年部门预算\n") is None  # a banner
    assert cover_above("样例县某某中心\n2035年部门预算执行情况的报告\n") is None  # another line
    assert cover_above("样例县某某中心,2035年部门预算\n") is None  # one line, a sentence
    assert cover_above("目 录\n样例县某某中心\n2035年部门预算\n") is None  # not the first line
    assert cover_above("样例县某某中心主要职责\n2035年部门预算\n") is None  # no name alone
