"""A title glued by the cleaning onto the page's last metadata row ([ 成文日期 ] | [ 发布日期 ] |
2021-08-31 |重庆市环境卫生事务中心2020年度部门决算情况说明: trial 57's 1044, read unnamed): the
row's cells are the site's, the name after its last border the title's. Where the page's own
title stands on its line right below the glued one, that title is read. Test material,
fictional."""

from __future__ import annotations

from govkg.ingest.document.pagelabel import glued_to_row, past_metadata_row
from govkg.ingest.extract import extract

ROWS = (
    "[ 索引号 ] | 11500000MB0000000X/2032-00001 | [ 发文字号 ] | |\n"
    "[ 主题分类 ] | 财政 | [ 体裁分类 ] | 财政预算、决算 |\n"
    "[ 发布机构 ] | 样例市城市管理局 | ||\n"
    "[ 成文日期 ] | [ 发布日期 ] | 2032-08-31 |"
)
TITLE = "样例市某某事务中心2031年度部门决算情况说明\n"
"""The title on the metadata row's line, as the cleaning left trial 57's 1044."""
BODY = (
    "一、部门基本情况\n"
    "(一)职能职责\n"
    "1、承担清扫保洁管理的事务性工作。\n"
    "二、部门决算情况说明\n"
    "(一)收入支出决算总体情况说明\n"
    "1.总体情况。2031年度收入总计10,074.62万元,支出总计10,074.62万元。\n"
)


def test_a_title_after_the_metadata_row_names_its_unit():
    document = extract(ROWS + TITLE + BODY, "fictional.txt").document
    assert document.unit == "样例市某某事务中心"
    assert document.year == 2031


def test_the_title_on_its_own_line_below_is_read_first():
    # the corpus's 128: 重庆市垫江县统计局(本级)…说明 glued, 垫江县统计局(本级)…说明 below
    glued = "样例市样例县某某局(本级)2031年度部门决算情况说明\n"
    below = "样例县某某局(本级)2031年度决算公开说明\n"
    document = extract(ROWS + glued + below + BODY, "fictional.txt").document
    assert document.title == "样例县某某局(本级)2031年度决算公开说明"
    assert document.unit.endswith("样例县某某局")


def test_the_rows_cells_are_no_part_of_the_name():
    words = "期 ] | [ 发布日期 ] | 2032-08-31 |样例市某某事务中心"
    assert glued_to_row(words)
    assert past_metadata_row(words) == "样例市某某事务中心"


def test_a_title_after_a_tables_cells_names_no_unit_by_its_line():
    text = "项目名称 | 某某项目 | 实施单位 |样例市某某事务中心2031年度部门决算情况说明\n" + BODY
    assert extract(text, "fictional.txt").document.unit != "样例市某某事务中心"


def test_a_tables_cells_are_no_metadata_row():
    words = "项目名称 | 样例局"
    assert not glued_to_row(words)
    assert past_metadata_row(words) == words


def test_a_row_with_no_name_after_it_is_left_as_it_is():
    words = "[ 发布日期 ] | 2032-08-31 |"
    assert not glued_to_row(words)
