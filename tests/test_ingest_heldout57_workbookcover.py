"""A budget's workbook flattened onto one line, its cover first (教育局 2020年部门预算 报送日期:
年 月 日 表1 部门收支总表 …: trial 57's 1068, a document site's copy, read unnamed): the name
heading the cover is the unit, as written, bare where the cover writes no place. Test
material, fictional."""

from __future__ import annotations

from govkg.ingest.document.budgettitle import budget_title_unit
from govkg.ingest.extract import extract

TABLES = (
    " 表1 部门收支总表 单位:万元 收 项 入 目 支 2031年预算数 项 出 目 "
    "一、一般公共预算拨款收入 1,745.59 一、一般公共服务支出 五、教育支出 1,204.85 "
    "本 年 收 入 合 计 1,745.59 本 年 支 出 合 计 1,745.59 收 入 总 计 1,745.59 "
    "支 出 总 计 1,745.59\n"
)


def test_the_covers_name_is_the_unit():
    text = "某某局预算公开表.xls\n\n样例局 2031年部门预算 报送日期: 年 月 日" + TABLES
    document = extract(text, "fictional.txt").document
    assert document.unit == "样例局"
    assert document.year == 2031


def test_a_placed_name_on_the_cover_is_read_whole():
    found = budget_title_unit("样例县教育局 2031年部门预算 报送日期: 年 月 日 表1 部门收支总表")
    assert found is not None
    assert found[0] == "样例县教育局"


def test_a_cover_going_on_into_other_words_is_no_title():
    assert budget_title_unit("样例县教育局 2031年部门预算 编制说明如下:本局收入…") is None


def test_a_sentence_naming_the_budget_is_no_cover():
    assert budget_title_unit("根据样例县教育局2031年部门预算 报送日期的要求") is None


def test_a_title_alone_on_its_line_is_read_as_before():
    found = budget_title_unit("样例县教育局2031年部门预算\n一、部门职责")
    assert found is not None
    assert found[0] == "样例县教育局"
