"""A form's or a table's cells as the report's unit (eleventh trial's 160 and 161), on
fictional texts: a row's office under a column of offices is never the issuer, even where
the page ends on it alone on its line; a flattened form's split label (项目主管部门(单 位))
with a year cell before the name is read, and only where certain.
"""

from __future__ import annotations

from govkg.ingest.document.formunit import split_field
from govkg.ingest.document.notaunit import row_office
from govkg.ingest.document.report import UNNAMED, read_document
from govkg.ingest.text.textview import clean_view


def unit_of(text: str) -> tuple[str, bool]:
    document = read_document(clean_view(text), "fictional.txt")
    return document.unit, document.unit_named


_LIST = (
    "关于开展2023年度专项资金绩效评价工作的通知\n各相关部门:\n"
    "根据通知要求,开展2023年度专项资金绩效评价工作。明细如下:\n单位:万元\n"
    "序号 |\n{column} |\n项目名称 |\n预算数 |\n执行数 |\n预算执行率 |\n"
    "1 |\n后勤处 |\n食堂改造项目 |\n120.5 |\n100.2 |\n83.15% |\n"
    "2 |\n教务处 |\n课程建设项目 |\n80 |\n80 |\n100.00% |\n"
    "3 |\n档案信息中心"
)


def test_a_row_office_ending_the_page_is_not_the_issuer():
    for column in ("责任部门", "负责部门", "实施部门", "承办部门", "科室", "責任部門"):
        assert unit_of(_LIST.format(column=column)) == (UNNAMED, False), column


def test_a_signature_after_the_table_still_signs():
    """The rule must not fire: the table ends, a sentence closes the text, the unit signs."""
    text = _LIST.format(column="责任部门").replace(
        "3 |\n档案信息中心",
        "3 |\n资料室 |\n档案整理项目 |\n10 |\n9 |\n90.00% |\n"
        "请各部门按时报送自评材料。\n长河市职业技术学院\n2024年3月1日",
    )
    assert unit_of(text) == ("长河市职业技术学院", True)


def test_only_a_column_of_offices_makes_a_row_office():
    """Not a column of offices (项目名称), or no table between the head and the name, or a
    sentence's end between them: the name is no row's office."""
    no_column = _LIST.format(column="项目类别")
    assert not row_office(no_column, no_column.index("档案信息中心"))
    prose = "各科室负责人:请按时报送。\n档案信息中心"
    assert not row_office(prose, prose.index("档案信息中心"))
    closed = "责任部门 |\n项目 |\n金额 |\n1 |\n已完成。\n档案信息中心"
    assert not row_office(closed, closed.index("档案信息中心"))
    few = "责任部门 |\n档案信息中心"
    assert not row_office(few, few.index("档案信息中心"))


_FORM = (
    "长河市级财政支出项目绩效自评表 项目名称 数据备份系统建设 {field} 市级预 年初预算 "
    "当年调整预算数 情况(万 120 元) 实际支付数 110.5 资金结余数 9.5"
)


def test_a_split_label_and_a_year_cell_before_the_name():
    for field, unit in (
        ("项目主管部门(单 位) 2022 长河市数据管理局", "长河市数据管理局"),
        ("项目主管部门(单位) 长河市档案馆", "长河市档案馆"),
        ("实 施 单 位 2022年 长河市信息中心", "长河市信息中心"),
    ):
        assert unit_of(_FORM.format(field=field)) == (unit, True), field


def test_a_split_field_read_only_where_certain():
    """The rule must not fire: a name without its organisation word, two cells between,
    a word that is no year, a 主管部门 with no (单位), a form that has a 实施单位 cell."""
    for field in (
        "项目主管部门(单 位) 2022 长河市数据",
        "项目主管部门(单 位) 2022 项目 长河市数据管理局",
        "项目主管部门(单 位) 第一 长河市数据管理局",
        "项目主管部门 2022 长河市数据管理局",
        "项目主管部门(单位) 长河市数据管理局 实施单位 |",
    ):
        assert split_field(_FORM.format(field=field)) is None, field
        assert unit_of(_FORM.format(field=field)) == (UNNAMED, False), field
