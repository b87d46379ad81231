"""The rules the eighteenth held-out trial's “三公”经费 budgets (texts 231, 233, 234) asked for,
each held on fictional text with a case it must not fire on: the items of a 三公 budget are
budgets (BUDGET), never spending, where the total, the section's heading or the note's title
says 预算 and not 决算; a 决算 note that mentions a budget keeps its figures spent.
"""

from __future__ import annotations

from fictional_text import kinds

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
