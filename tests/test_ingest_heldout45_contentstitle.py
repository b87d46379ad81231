"""A title above a contents line names the unit: the contents line's run from a table's year
to the next part's heading (…2031年公共预算…决算表 第三部分 样例学院 2031 年度部门决算情况说明)
reads as a year-first title but holds a second year and a part's heading, no unit's name
(trial 45's 683). Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

TEXT = (
    "样例职业学院2031年度部门决算\n"
    "\n"
    "    样例职业学院2031年部门决算公开目录 第一部分  样例职业学院概况  一、主要职能"
    "  二、部门决算单位构成 第二部分  样例职业学院 2031 年度部门决算表"
    "  一、样例职业学院2031年收入支出决算总表  二、样例职业学院2031年公共预算财政拨款支出决算表"
    " 第三部分  样例职业学院 2031 年度部门决算情况说明\n"
    "第一部分  样例职业学院部门概况\n"
    "一、主要职能\n样例职业学院是由样例省人民政府举办的职业学院。\n"
    "第三部分  样例职业学院2031年度部门决算情况说明\n"
    "2031年度收入总计1,234.56万元,支出总计1,200.00万元。\n"
)


def test_the_title_above_a_contents_line_names_the_unit():
    document = extract(TEXT, "fictional.txt").document
    assert document.unit == "样例职业学院"
    assert document.year == 2031
    assert document.title == "样例职业学院2031年度部门决算"


def test_a_year_first_title_still_names_its_unit():
    text = TEXT.replace("样例职业学院2031年度部门决算\n", "2031年度样例职业学院部门决算\n", 1)
    assert extract(text, "fictional.txt").document.unit == "样例职业学院"
