"""Thirty-third trial (419): a national self-assessment form whose cells a spreadsheet's text
prints out of its heads' order has each money cell listed unread in the declared unit, its
column not shown, the cells beside a rate that the heads prove scores left out
(``tables.scrambledform``). Held on fictional text, with the grids that must keep today's
reading."""

from __future__ import annotations

from fictional_text import found

TITLE = "样例县项目支出绩效自评表 (2031年度)\n项目名称 村级道路养护\n"
HEADS = "全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |"
CELLS = " 0 | 40 | 10 | 95% | 9.5 | 38.0000 | — | 95% | —\n年度总体目标\n"


def _listed(text: str) -> list[tuple[str, int]]:
    return [(w, int(a)) for w, kind, a, why in found(text) if kind is None and "order" in why]


def test_cells_out_of_order_are_listed_unread_without_the_scores():
    text = TITLE + "项目资金(万元) 主管部门 样例县交通运输局 " + HEADS + CELLS
    assert _listed(text) == [("0", 0), ("40", 400000), ("38.0000", 380000)]


def test_a_cell_printed_after_its_head_before_the_heads_is_listed():
    text = TITLE + "项目资金(万元) 年初预算 数 5 主管部门 样例县交通运输局 " + HEADS + CELLS
    assert _listed(text)[0] == ("5", 50000)


def test_a_figure_after_another_word_before_the_heads_is_not_listed():
    text = TITLE + "项目资金(万元) 项目编号 12 主管部门 样例县交通运输局 " + HEADS + CELLS
    assert ("12", 120000) not in _listed(text)


def test_a_row_that_fits_the_heads_keeps_its_reading():
    text = (
        TITLE
        + "项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分\n"
        + "年度资金总额 40 40 38 10 95% 9.5\n年度总体目标\n"
    )
    assert _listed(text) == []
    assert [(w, k) for w, k, _, _ in found(text)] == [
        ("40", "BUDGET"),
        ("40", "BUDGET"),
        ("38", "SPENDING"),
    ]
