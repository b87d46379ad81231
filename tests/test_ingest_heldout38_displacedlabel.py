"""A flattened table whose one row's label the extraction moved past the last row: trial
38's 534 (合 计 65.00 64.87 0 0 公务接待费 … 因公出国(境)费) left the spilled 0 0 neither read
nor listed. Held on fictional text, with the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚县某某中心2031年部门决算公开说明\n一、2031年项目资金决算表 单位:万元 "


def test_the_spilled_cells_are_the_row_of_the_lone_label_after_the_table():
    text = (
        REPORT + "项目 预算数 决算数 合计 80.00 76.50 12.00 11.00 培训费 30.00 28.50 "
        "印刷费 38.00 37.00 差旅费\n二、其他说明。\n"
    )
    read = kinds(text)
    assert ("12.00", "BUDGET") in read
    assert ("11.00", "SPENDING") in read


def test_with_no_lone_label_after_the_rows_the_spill_stays_unread():
    text = (
        REPORT + "项目 预算数 决算数 合计 80.00 76.50 12.00 11.00 培训费 30.00 28.50 "
        "印刷费 38.00 37.00\n二、其他说明。\n"
    )
    read = kinds(text)
    assert ("12.00", "BUDGET") not in read
    assert ("11.00", "SPENDING") not in read


def test_two_spills_place_neither():
    text = (
        REPORT + "项目 预算数 决算数 合计 80.00 76.50 12.00 11.00 培训费 30.00 28.50 5.00 4.00 "
        "印刷费 33.00 33.00 差旅费\n二、其他说明。\n"
    )
    read = kinds(text)
    assert ("12.00", "BUDGET") not in read
    assert ("5.00", "BUDGET") not in read
