"""A table of funds handed down pasted one cell a line, a 小计 column first and each row's
序号 after the cells of the row before: trial 38's 529 left its whole-number cells neither
read nor listed. Rows whose 小计 is the sum of the rest are read as the budget handed down;
other rows are listed unread. Held on fictional text, with the readings the rules keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚市某某局2031年度专项资金绩效自评报告\n\n一、资金情况\n\n"


def _table(title: str, rows: str) -> str:
    heads = "序号\n\n单位\n\n小计\n\n设备购置\n\n(万元)\n\n人员培训\n\n(万元)\n\n"
    return REPORT + title + "\n\n" + heads + rows


def test_rows_their_subtotals_prove_are_the_budget_handed_down():
    text = _table(
        "2031年专项资金分配情况",
        "总  计\n\n500\n\n420\n\n80\n\n1\n\n东湖区\n\n300\n\n260\n\n40\n\n2\n\n西山区\n\n200\n\n160\n\n40\n",
    )
    assert kinds(text) == [
        ("500", "BUDGET"), ("420", "BUDGET"), ("80", "BUDGET"),
        ("300", "BUDGET"), ("260", "BUDGET"), ("40", "BUDGET"),
        ("200", "BUDGET"), ("160", "BUDGET"), ("40", "BUDGET"),
    ]


def test_a_row_that_does_not_add_up_is_listed_unread():
    text = _table("2031年专项资金下达情况", "总  计\n\n500\n\n420\n\n70\n")
    assert kinds(text) == [("500", None), ("420", None), ("70", None)]


def test_a_table_whose_title_hands_nothing_down_is_not_read_so():
    text = _table("2031年专项资金使用情况", "总  计\n\n500\n\n420\n\n80\n")
    assert ("500", "BUDGET") not in kinds(text)
