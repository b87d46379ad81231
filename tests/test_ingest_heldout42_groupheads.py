"""Money heads that span groups: the forty-second held-out trial read a 三公 决算 table whose
预算数 and 决算数 each head three columns (合计 | 一般公共预算 | 政府性基金, on a second head
row) as two columns, the second 预算数 cell taken for the 决算数. Held on fictional text, with
the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

TITLE = "某某县文化馆2031年度“三公”经费支出决算情况说明\n金额单位:万元\n"


def test_each_head_over_a_row_of_its_parts_gives_them_its_kind():
    text = TITLE + (
        "项目 | 决算数 | 预算数 | |\n"
        "小计 | 财政拨款 | 小计 | 财政拨款 |\n"
        "公务接待费 | 1.20 | 1.10 | 2.00 | 1.80 |\n"
        "会议费 | 3.40 | 3.00 | 4.00 | 3.50 |\n"
    )
    assert kinds(text) == [
        ("1.20", "SPENDING"),
        ("1.10", "SPENDING"),
        ("2.00", "BUDGET"),
        ("1.80", "BUDGET"),
        ("3.40", "SPENDING"),
        ("3.00", "SPENDING"),
        ("4.00", "BUDGET"),
        ("3.50", "BUDGET"),
    ]


def test_parts_that_differ_under_each_head_prove_no_groups():
    text = TITLE + (
        "项目 | 预算数 | 决算数 | |\n"
        "小计 | 财政拨款 | 合计 | 其他 |\n"
        "公务接待费 | 2.00 | 1.20 | |\n"
    )
    assert ("2.00", "BUDGET") in kinds(text)
    assert ("1.20", "SPENDING") in kinds(text)


def test_a_plain_two_column_table_keeps_its_reading():
    text = TITLE + "项目 | 预算数 | 决算数 |\n公务接待费 | 2.00 | 1.20 |\n会议费 | 4.00 | 3.40 |\n"
    assert kinds(text) == [
        ("2.00", "BUDGET"),
        ("1.20", "SPENDING"),
        ("4.00", "BUDGET"),
        ("3.40", "SPENDING"),
    ]
