"""Form cells the thirty-ninth and fortieth held-out trials left unread or unfound: a money row
with one figure more than its heads name, a Zhejiang form's 其中 rows closed by a field of its
own (实际支出(万元)), and a mirror's glued funds row whose cells carry their own 万. Held on
fictional text, with the readings the rules must keep."""

from __future__ import annotations

from decimal import Decimal

from fictional_text import found

REPORT = "青岚县某某局2031年度项目支出绩效自评表\n\n"
HEADS = "项目资金(万元) 年初预算数 全年预算数(A) 全年执行数(B) 分值 预算执行率(B/A) 得分\n"


def _read(text):
    return [(w, k) for w, k, _, r in found(text) if r is None]


def _unread(text):
    return [w for w, _, _, r in found(text) if r is not None]


def test_a_row_with_one_figure_more_than_its_heads_reads_the_columns_all_places_agree_on():
    text = (
        REPORT + HEADS + "年度资金总额 64.35 64.35 64.35 64.35 10 100% 10\n其中:省级资金 "
        "64.35 64.35 64.35 64.35 10 100% 10\n年度总体目标 完成采购。\n"
    )
    assert _read(text) == [("64.35", "BUDGET"), ("64.35", "BUDGET"), ("64.35", "SPENDING")] * 2
    assert _unread(text) == ["64.35", "64.35"]  # the extra figure of each row, its column unknown


def test_an_extra_figure_whose_place_changes_the_reading_reads_nothing():
    text = REPORT + HEADS + "年度资金总额 40 40 32 32 10 80% 8\n年度总体目标 完成采购。\n"
    assert ("40", "BUDGET") not in _read(text)
    assert ("32", "SPENDING") not in _read(text)


def test_a_row_that_fits_its_heads_reads_as_before():
    text = REPORT + HEADS + "年度资金总额 40 40 32 10 80% 8\n年度总体目标 完成采购。\n"
    assert _read(text) == [("40", "BUDGET"), ("40", "BUDGET"), ("32", "SPENDING")]


GLUED = (
    "绩效评价报告\n一、项目基本信息\n项目起止时间2031年全年计划安排资金(万元)86.5实际到位资金(万元)86.5"
    "其中:中央财政其中:中央财政省财政36省财政36县财政50.5县财政50.5其它其它"
)


def test_source_rows_closed_by_a_field_of_their_own_are_read_with_that_field():
    text = GLUED + "实际支出(万元)80.2二、支出明细情况\n"
    got = _read(text)
    assert ("80.2", "SPENDING") in got
    assert got.count(("36", "BUDGET")) == 1
    assert got.count(("36", "REVENUE")) == 1
    assert ("50.5", "REVENUE") in got


def test_source_rows_that_do_not_add_up_read_no_row_and_no_closing_field():
    text = (
        GLUED.replace("县财政50.5县财政50.5", "县财政40县财政40")
        + "实际支出(万元)80.2二、支出明细\n"
    )
    assert ("36", "BUDGET") not in _read(text)
    assert ("36", "REVENUE") not in _read(text)


MIRROR = "某某馆2031年度项目绩效自评表\n预算执行情况(万元)(20分)预算数(A)执行数(B)执行率(B/A)得分(20分*执行率)"


def test_a_glued_funds_row_whose_cells_carry_their_own_wan_is_cut_at_each_wan():
    text = MIRROR + "年度财政资金总额25万20万80%16年度绩效指标\n"
    got = [(w, k, a) for w, k, a, r in found(text) if r is None]
    assert ("25万", "BUDGET", Decimal("250000")) in got
    assert ("20万", "SPENDING", Decimal("200000")) in got


def test_a_wan_row_whose_rate_disagrees_is_not_cut():
    text = MIRROR + "年度财政资金总额25万20万90%16年度绩效指标\n"
    assert not [w for w, k, _, r in found(text) if r is None and w in ("25万", "20万")]
