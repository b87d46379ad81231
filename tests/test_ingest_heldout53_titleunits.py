"""Trial 53: a unit named where its title or its form puts it: a whole-department form's bare
部门 cell, a byline naming the unit before its bracketed date, a title heading its line with a
name written relative to its level (市公路局…项目 / 自评结果), written in full where the body
does (县司法局 → 紫金县司法局), and a budget published as its 公开表. Held on fictional text,
with the near misses that keep today's reading."""

from __future__ import annotations

from govkg.ingest.document.bracketbyline import bracket_byline
from govkg.ingest.document.departmentcell import department_cell
from govkg.ingest.document.issuer import same_unit
from govkg.ingest.document.report import read_document
from govkg.ingest.text.textview import clean_view

UNNAMED = "（未署名的报告单位）"

FORM = (
    "部门整体支出绩效自评表 | |||||\n"
    "(2031年度) | |||||\n"
    "部门 | 样例县茶谷和美丽乡村建设服务中心 | |||||\n"
    "预算资金 (万元) |\n"
    "年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n"
    "年度资金总额 | 329.77 | 329.77 | 338.31 | 10 | 102.59% |\n"
)


def test_a_whole_department_form_s_bare_department_cell_names_its_unit():
    assert read_document(clean_view(FORM), "x.txt").unit == "样例县茶谷和美丽乡村建设服务中心"


def test_a_supervisor_s_cell_or_a_sentence_is_no_department_cell():
    assert department_cell("主管部门 | 样例县财政局 |\n") is None
    assert department_cell("部门预算 | 329.77 |\n") is None
    assert department_cell("本部门 | 样例县某某中心 |\n") is None
    assert department_cell("部门 | 样例县某某中心 |\n")["unit"] == "样例县某某中心"


def test_a_byline_naming_the_unit_before_its_bracketed_date_signs_the_report():
    head = "样例县 2031 年渔政执法经费 支出绩效评价报告 样例县农业综合行政执法大队 (2032 年 2 月 23 日) 为进一步…"
    found = bracket_byline(head)
    assert found is not None
    assert found[0] == "样例县农业综合行政执法大队"


def test_a_name_not_after_the_title_or_without_a_date_is_no_byline():
    assert bracket_byline("根据样例县农业综合行政执法大队 (2032 年 2 月 23 日) 的要求") is None
    assert bracket_byline("绩效评价报告 样例县农业综合行政执法大队 (第一批) 为进一步") is None


ROADS = (
    "市公路局2031年度公路养护类项目\n"
    "自评结果\n"
    "一、自评结论\n"
    "(一)自评得分\n"
    "对照年初部门预算中项目支出绩效目标批复设定的各项指标值进行打分,自评得分100分。\n"
    "2031年度养护类项目预算数为1132万元,执行数为1132万元,预算执行率100%。\n"
)


def test_a_relative_name_heading_a_results_title_is_the_unit_as_written():
    document = read_document(clean_view(ROADS), "x.txt")
    assert document.unit == "市公路局"
    assert document.year == 2031


def test_a_relative_title_name_is_written_in_full_where_the_body_does():
    text = ROADS.replace(
        "一、自评结论\n", "一、自评结论\n样例市公路局对公路养护类项目进行了自评,现将情况报告如下:\n"
    )
    assert read_document(clean_view(text), "x.txt").unit == "样例市公路局"


def test_a_relative_name_is_the_same_unit_only_with_its_own_place():
    assert same_unit("紫金县司法局", "县司法局")
    assert same_unit("重庆市大足区林业局", "区林业局")
    assert not same_unit("样例市司法局", "县司法局")
    assert not same_unit("县司法局", "县司法局")


def test_a_results_heading_in_a_sentence_is_no_title():
    text = ROADS.replace("市公路局2031年度公路养护类项目\n自评结果\n", "")
    assert read_document(clean_view(text), "x.txt").unit == UNNAMED


BUDGET = (
    "青岚市农业机械化管理局2031年部门预算公开表\n"
    "发布时间:2031-11-22 来源:市农业委\n"
    "2031年部门预算公开说明\n"
    "一、单位基本情况\n"
    "青岚市农业科学研究所系全额拨款事业单位,现有编制66名。\n"
    "二、收支预算\n"
    "2031年收入预算120万元,支出预算120万元,其中基本支出100万元。\n"
)


def test_a_budget_published_as_its_tables_is_titled_by_its_unit():
    assert read_document(clean_view(BUDGET), "x.txt").unit == "青岚市农业机械化管理局"


def test_a_tables_line_going_on_is_no_title():
    text = BUDGET.replace("部门预算公开表\n", "部门预算公开表的说明如下,\n")
    assert read_document(clean_view(text), "x.txt").unit != "青岚市农业机械化管理局"
