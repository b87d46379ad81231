"""The rules the eighteenth held-out trial's “三公”经费 budgets (texts 231, 233, 234) asked for,
each held on fictional text with a case it must not fire on: the items of a 三公 budget are
budgets (BUDGET), never spending, where the total, the section's heading or the note's title
says 预算 and not 决算; a 决算 note that mentions a budget keeps its figures spent.
"""

from __future__ import annotations

from decimal import Decimal

from fictional_text import document, found, kinds
from govkg.ingest.document.report import UNNAMED

# -- class 1: a budget total's items, past a comparison that states no figure ----------------

BUDGET_TOTAL = (
    "青岚市某某局2021年“三公”经费预算情况说明\n"
    "2021年本级“三公”经费支出预算为60万元,与2020年预算基本持平,其中:因公出国(境)费用5万元,"
    "公务接待费15万元,公务用车购置及运行维护费40万元(包括:公务用车运行维护费30万元、"
    "公务用车购置10万元)。\n"
)
ACCOUNTS_TOTAL = (
    "青岚市某某局2021年“三公”经费决算情况说明\n"
    "2021年“三公”经费支出决算为30万元,与年初预算基本持平,其中:因公出国(境)费用0万元,"
    "公务接待费10万元,公务用车运行维护费20万元。\n"
)


def test_the_items_of_a_三公_budget_compared_without_a_figure_are_budgets():
    assert kinds(BUDGET_TOTAL) == [
        ("60万元", "BUDGET"),
        ("5万元", "BUDGET"),
        ("15万元", "BUDGET"),
        ("40万元", "BUDGET"),
        ("30万元", "BUDGET"),
        ("10万元", "BUDGET"),
    ]


def test_a_三公_决算_compared_with_its_budget_keeps_its_items_spent():
    assert {k for _, k in kinds(ACCOUNTS_TOTAL)} == {"SPENDING"}


# -- class 2: items numbered like headings under a budget section -----------------------------

SECTION = (
    "青岚市某某局2018年“三公”经费情况说明\n"
    "二、2018年“三公”经费支出{said}情况说明\n"
    "青岚市某某局2018年度“三公”经费支出{said}为5万元。具体情况如下:\n"
    "(一)公务接待费支出3万元,比上年减少0.5万元。主要用于业务往来接待,经费使用严格执行有关规定。\n"
    "(二)公务用车购置及运行费支出2万元。\n"
)


def test_items_written_支出_under_a_三公_budget_heading_are_budgeted_spending():
    assert kinds(SECTION.format(said="预算")) == [
        ("5万元", "BUDGET"),
        ("3万元", "BUDGET"),  # (一)…: the item's number is no heading of its own
        ("0.5万元", "CHANGE"),
        ("2万元", "BUDGET"),  # the line above states an amount: an item, not a heading
    ]


def test_items_under_a_三公_决算_heading_stay_spent():
    assert kinds(SECTION.format(said="决算")) == [
        ("5万元", "SPENDING"),
        ("3万元", "SPENDING"),
        ("0.5万元", "CHANGE"),
        ("2万元", "SPENDING"),
    ]


def test_a_heading_naming_both_预算_and_决算_says_no_kind():
    text = SECTION.replace("二、2018年“三公”经费支出{said}情况说明", "二、“三公”经费预算与决算情况")
    assert kinds(text.format(said="决算"))[-1] == ("2万元", "SPENDING")


# -- class 3: a note titled as a budget -------------------------------------------------------

BUDGET_TITLE = (
    "青岚市某某局2019年预算“三公”经费情况说明\n"
    "一、因公出国(境)费\n{first}\n"
    "二、公务接待费\n公务接待费3万元。\n"
)


def test_the_items_of_a_note_titled_as_a_三公_budget_are_budgets():
    assert kinds(BUDGET_TITLE.format(first="因公出国(境)费0万元。")) == [
        ("0万元", "BUDGET"),
        ("3万元", "BUDGET"),
    ]


def test_a_budget_titled_note_stating_last_years_spending_keeps_it_spent():
    text = BUDGET_TITLE.format(first="2018年因公出国(境)费支出1万元。")
    assert kinds(text) == [("1万元", "SPENDING"), ("3万元", None)]  # not made a budget


# -- class 4: a 三公 table of items under columns of a kind ----------------------------------

ITEM_TABLE = (
    "2016年青岚市某某局部门“三公”经费情况统计表 | ||\n"
    "? | 单位:万元 | |\n"
    "项 目 | 本年预算数 | 其中:公共预算财政拨款 |\n"
    "合 计 | {total} | 10.50 |\n"
    "1.因公出国(境)费用 | 0 | 0 |\n"
    "2.公务接待费 | 2.50 | 0.50 |\n"
    "3.公务用车费 | 0 | 0 |\n"
    "其中:(1)公务用车运行维护费 | 10.00 | 10.00 |\n"
    "(2)公务用车购置 | 0 | 0 |\n"
)


def test_a_三公_table_whose_sums_place_its_cells_reads_its_budget_columns():
    money = found(ITEM_TABLE.format(total="12.50"))
    figures = ("12.50", "10.50", "0", "0", "2.50", "0.50", "0", "0", "10.00", "10.00", "0", "0")
    # 合计 = the lowest rows (its 公务用车费 row left 0): each row's place is certain
    assert [(w, k) for w, k, _, _ in money] == [(figure, "BUDGET") for figure in figures]
    assert money[0][2] == Decimal("125000")


def test_a_三公_table_whose_合计_is_no_sum_is_listed_unread_every_cell():
    money = found(ITEM_TABLE.format(total="13.00"))
    assert len(money) == 12  # the 0 cells too: every figure accounted for
    assert {k for _, k, _, _ in money} == {None}
    assert all(reason for _, _, _, reason in money)


def test_a_三公_决算表_whose_column_is_headed_预算数_is_not_read():
    text = ITEM_TABLE.format(total="12.50").replace("情况统计表", "决算表")
    assert {k for _, k in kinds(text)} == {None}  # the title and the head disagree


def test_a_决算_column_and_its_其中_part_are_spending():
    text = ITEM_TABLE.format(total="12.50").replace("本年预算数", "本年决算数")
    assert {k for _, k in kinds(text)} == {"SPENDING"}


COMPARED = (
    "青岚市某某中心2020年度“三公”经费支出情况表\n单位:万元\n|\n项 目 |\n预 算 数 |\n决 算 数 |\n|\n"
    "合 计 |\n20 |\n15.5 |\n|\n因公出国(境)费 |\n0 |\n0 |\n|\n公务接待费 |\n5 |\n3.5 |\n|\n"
    "公务用车购置及运行维护费 |\n15 |\n12 |\n"
)


def test_a_三公_预算_and_决算_comparison_keeps_each_columns_kind():
    assert kinds(COMPARED) == [
        ("20", "BUDGET"),
        ("15.5", "SPENDING"),
        ("0", "BUDGET"),
        ("0", "SPENDING"),
        ("5", "BUDGET"),
        ("3.5", "SPENDING"),
        ("15", "BUDGET"),
        ("12", "SPENDING"),
    ]


ONE_COLUMN = (
    "青岚市某某局2019年预算“三公”经费情况说明\n一、2019年“三公”经费支出{said}表\n项目\n"
    "预 算 数(万元)\n合计\n4.2\n因公出国(境)费\n0\n公务接待费\n公务用车购置及运行费\n"
    "二、说明\n本局2019年“三公”经费支出预算为4.2万元。\n"
)


def test_a_one_column_三公_budget_table_one_cell_a_line_reads_its_cells():
    # the unit in the column's head; empty cells lose their rows, never move a figure
    assert kinds(ONE_COLUMN.format(said="预算")) == [
        ("4.2", "BUDGET"),
        ("0", "BUDGET"),
        ("4.2万元", "BUDGET"),
    ]


def test_a_one_column_table_titled_决算_under_a_预算数_head_is_not_read():
    # the table's cell is not read; it is listed unread (a cell in a declared unit, its
    # column not proven), and the prose's 4.2万元 is read once
    got = found(ONE_COLUMN.format(said="决算"))
    assert [(w, k) for w, k, _, _ in got] == [("4.2", None), ("4.2万元", "BUDGET")]
    assert "not read" in got[0][3]


# -- class 5: the unit a 三公 budget's title names -------------------------------------------


def test_a_budget_named_before_三公_in_a_title_is_no_unit_its_holder_is():
    doc = document(BUDGET_TITLE.format(first="因公出国(境)费0万元。"))
    assert doc.unit == "青岚市某某局"  # …2019年预算“三公”经费情况说明: not 预算
    assert doc.year == 2019
    unheld = BUDGET_TITLE.format(first="因公出国(境)费0万元。").replace("青岚市某某局2019", "2019")
    assert document(unheld).unit == UNNAMED  # no holder heads the line: never guessed


def test_a_departments_三公_table_title_names_the_department():
    doc = document(ITEM_TABLE.format(total="12.50"))
    assert doc.unit == "青岚市某某局"  # 2016年青岚市某某局部门“三公”经费情况统计表
    assert doc.year == 2016


def test_a_place_or_all_departments_titling_a_三公_table_names_no_unit():
    for title in ("青岚县2016年度部门“三公”经费预算情况表", "2016年本级各部门“三公”经费情况统计表"):
        text = ITEM_TABLE.format(total="12.50").replace(
            "2016年青岚市某某局部门“三公”经费情况统计表", title
        )
        assert document(text).unit == UNNAMED
