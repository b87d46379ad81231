"""Thirty-third trial (416): a national self-assessment form whose 得分 head the flattening
printed after the rows (… 分值 执行率 | rows of six cells | 得分) is read with 得分 added to its
heads (``tables.latepoints``), and each row's money in its column even where the written
amount's own words would read it otherwise (资金总额 is no budget under 全年执行数). Held on
fictional text, with the rows that must keep today's reading."""

from __future__ import annotations

from fictional_text import kinds
from govkg.ingest.extract import extract

TITLE = "样例区2031年度项目支出绩效自评表\n项目名称 河道保洁\n"
HEADS = "项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率\n"


def test_rows_of_six_cells_under_five_heads_read_with_the_late_score():
    text = (
        TITLE
        + HEADS
        + "年度资金总额 80 90 81 10 90% 9\n"
        + "其中:当年财政拨款 80 90 81 10 90% 9\n"
        + "得分\n上年结转资金\n年度总体目标\n"
    )
    assert kinds(text) == [
        ("80", "BUDGET"),
        ("90", "BUDGET"),
        ("81", "SPENDING"),
        ("80", "BUDGET"),
        ("90", "BUDGET"),
        ("81", "SPENDING"),
    ]


def test_written_amounts_under_a_late_score_take_their_columns():
    text = TITLE + HEADS + "年度资金总额: 50万元 50万元 45万元 10 90% 9\n得分\n年度总体目标\n"
    assert kinds(text) == [("50万元", "BUDGET"), ("50万元", "BUDGET"), ("45万元", "SPENDING")]


def _form_read(text: str) -> list[str]:
    return [m.as_written for m in extract(text, "f.txt").money if m.rule == "selfeval-form"]


def test_without_the_late_score_the_long_row_is_not_placed():
    text = TITLE + HEADS + "年度资金总额: 50万元 50万元 45万元 10 90% 9\n年度总体目标\n"
    assert _form_read(text) == []


def test_a_rate_that_disagrees_places_nothing():
    text = TITLE + HEADS + "年度资金总额: 50万元 50万元 45万元 10 70% 9\n得分\n年度总体目标\n"
    assert _form_read(text) == []


def test_a_score_over_its_points_places_nothing():
    text = TITLE + HEADS + "年度资金总额: 50万元 50万元 45万元 10 90% 12\n得分\n年度总体目标\n"
    assert _form_read(text) == []


def test_a_row_as_long_as_the_heads_keeps_its_reading():
    text = TITLE + HEADS + "年度资金总额 80 90 81 10 90%\n得分\n年度总体目标\n"
    assert kinds(text) == [("80", "BUDGET"), ("90", "BUDGET"), ("81", "SPENDING")]
