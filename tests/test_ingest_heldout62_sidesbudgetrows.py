"""Trial 62's 1254, by class, on fictional texts: a budget's two-sided 收支预算表 under the heads
项目 预算数 项目 预算数, each row a line of the text (收入 label, its figure, 支出 label, its
figure; an empty cell dropped), a page that joins the lines when cleaning it
(tables/sidesbudgetrows). Before, each figure was listed unread (its heads and figures do not
line up); now a figure right after a label on its row's line is that row's 预算数, BUDGET. A line
that is not so plain (spaced letters, two figures after one label) ends the table, and heads of
another kind (决算数) read nothing. Test material, fictional."""

from __future__ import annotations

from fictional_text import found

HEAD = (
    "样例协会2035年部门预算\n第二部分 2035年部门预算\n一、一般公共预算\n收支预算表\n    单位:万元\n"
)
HEAD += "收      入 支      出\n项目 {column} 项目 {column}\n"
ROWS = (
    "一、财政拨款收入 88.40 一、一般公共服务  \n"
    "  财政预算拨款收入 88.40 二、教育支出 60.20  \n"
    "  非税收入   三、科学技术支出 28.20  \n"
)


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(w, k) for w, k, _, r in found(text) if r is None]


def test_a_figure_after_a_label_on_its_line_is_that_rows_budget():
    assert _read(HEAD.format(column="预算数") + ROWS) == [
        ("88.40", "BUDGET"),
        ("88.40", "BUDGET"),
        ("60.20", "BUDGET"),
        ("28.20", "BUDGET"),
    ]


def test_a_line_not_plain_ends_the_table():
    rows = "一、财政拨款收入 88.40 一、一般公共服务  \n本 年 收 入 合 计 88.40 本年支出合计 88.40\n"
    assert _read(HEAD.format(column="预算数") + rows) == [("88.40", "BUDGET")]  # the first row's


def test_two_figures_after_one_label_read_nothing_on_that_line():
    rows = "一、财政拨款收入 88.40 80.40 一、一般公共服务\n"
    assert _read(HEAD.format(column="预算数") + rows) == []


def test_final_accounts_heads_are_not_this_table():
    assert _read(HEAD.format(column="决算数") + ROWS) == []
