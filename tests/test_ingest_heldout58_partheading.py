"""A budget note with no title whose part headings name the unit in full (第一部分X概况,
第二部分X部门预算安排情况说明) while its body's sentence writes it short (the 人民 of 人民政府
left out): the headings' name is the unit (trial 58's 1120, 自治区人民政府机关事务管理局 read
as the body's 自治区政府机关事务管理局). Test material, fictional."""

from __future__ import annotations

from govkg.ingest.document.partheading import part_heading_in_full
from govkg.ingest.extract import extract

NOTE = (
    "第一部分青岚市人民政府机关事务管理局概况\n"
    "一、主要职能\n"
    "负责青岚市人民政府办公区的后勤保障工作。\n"
    "二、单位基本情况\n"
    "青岚市政府机关事务管理局属参公管理事业单位,现有人员编制85人。\n"
    "第二部分青岚市人民政府机关事务管理局部门预算安排情况说明\n"
    "一、部门收支预算总体情况\n"
    "机管局2035年收支总预算3,471.22万元,比2034年预算增加655.18万元,其中:基本支出"
    "2,100.00万元,项目支出1,371.22万元。\n"
)


def test_the_part_headings_name_wins_over_the_bodys_short_form():
    document = extract(NOTE, "fictional.txt").document
    assert document.unit == "青岚市人民政府机关事务管理局"
    assert document.year == 2035


def test_without_part_headings_the_bodys_name_stands():
    text = NOTE.replace("第一部分青岚市人民政府机关事务管理局概况", "第一部分概况")
    text = text.replace(
        "第二部分青岚市人民政府机关事务管理局部门预算安排情况说明", "第二部分预算说明"
    )
    assert extract(text, "fictional.txt").document.unit == "青岚市政府机关事务管理局"


def test_a_heading_naming_a_subordinate_is_not_the_unit():
    head = "第一部分青岚市政府机关事务管理局机关服务中心概况\n"
    assert part_heading_in_full(head, "青岚市政府机关事务管理局") is None


def test_a_heading_naming_another_body_is_not_the_unit():
    head = "第一部分青岚市人民政府办公室概况\n"
    assert part_heading_in_full(head, "青岚市政府机关事务管理局") is None


def test_a_heading_found_only_as_a_part_heading():
    head = "附:青岚市人民政府机关事务管理局概况\n"
    assert part_heading_in_full(head, "青岚市政府机关事务管理局") is None
    found = part_heading_in_full("第一部分" + head[2:], "青岚市政府机关事务管理局")
    assert found == ("青岚市人民政府机关事务管理局", (4, 18))
