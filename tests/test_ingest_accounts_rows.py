"""Tests, on fictional text, for the 决算 tables whose flattening lost the columns but whose
行次 or sums still place a cell (``accountsrows``, ``sheetsums``, ``threepublicpairs``),
each with the cases it must not fire on: a 行次 out of order, a sum that does not check, a
cell that may sit in two columns, a lost title or unit.
"""

from __future__ import annotations

from decimal import Decimal

from fictional_text import found, kinds

PROSE = (
    "说明:本单位严格执行预算管理的各项规定,年度收支情况如上表所示,各项支出均按照年初预算和"
    "调整后的预算安排执行,未发生超预算支出的情况,具体原因分析详见后文的各部分说明。" * 3 + "\n"
) * 3
"""Long lines after a table, as in a report: without them the short rows read as wrapped."""

# -- accountsrows: a 总表's rows whose 行次 count up, the two sides taking turns ---------------

ONE_LINE = (
    "样例县样例中心2022年部门决算\n"
    "表1 收入支出决算总表 部门:样例县样例中心 单位:万元 收入 项 目 栏 次 支出 行次 决算数 "
    "项 目 1 栏 次 行次 决算数 2 一、一般公共预算财政拨款收入 1 51.30 一、一般公共服务支出 "
    "25 49.80 二、政府性基金预算财政拨款收入 2 0.00 二、外交支出 26 0.00 三、上级补助收入 3 "
    "1.50 三、国防支出 27 年初结转和结余 4 2.25 四、公共安全支出 28 注:本表为样例。\n"
)

PIPED = (
    "样例医院2018年度部门决算\n"
    "1.《收入支出决算总表》\n"
    "单位:万元\n"
    "收入 | 支出 | ||||\n"
    "项目 | 行次 | 金额 | 项目 | 行次 | 金额 |\n"
    "栏次 | 1 | 栏次 | 2 | ||\n"
    "一、财政拨款收入 | 1 | 120.00 | 一、一般公共服务支出 | 7 | |\n"
    "二、事业收入 | 2 | 800.50 | 二、卫生健康支出 | 8 | 930.10 |\n"
    "3 | 三、其他支出 | 9 | ||\n"
    "本年收入合计 | 4 | 920.50 | 本年支出合计 | 10 | 930.10 |\n"
    "用事业基金弥补收支差额 | 5 | 9.60 | 年末结转和结余 | 11 | |\n"
    "总计 | 6 | 930.10 | 总计 | 12 | 930.10 |\n" + PROSE
)


def test_a_row_after_its_counted_行次_is_read_with_its_side_kind():
    got = kinds(ONE_LINE)
    assert ("51.30", "REVENUE") in got
    assert ("49.80", "SPENDING") in got
    assert got.count(("0.00", "REVENUE")) == 1
    assert got.count(("0.00", "SPENDING")) == 1
    assert ("1.50", "REVENUE") in got
    assert ("2.25", "CARRY_OVER") in got


def test_a_piped_总表_with_lost_cells_is_read_by_its_行次():
    got = kinds(PIPED)
    assert ("120.00", "REVENUE") in got
    assert ("800.50", "REVENUE") in got
    assert ("920.50", "REVENUE") in got
    assert ("9.60", "OTHER") in got  # drawn on the 事业基金: no income of the year
    assert got.count(("930.10", "SPENDING")) == 2  # 卫生健康支出, 本年支出合计
    assert got.count(("930.10", None)) == 2  # 总计 names no kind of money: unread
    money = {w: a for w, _, a, _ in found(PIPED)}
    assert money["800.50"] == Decimal("8005000")


def test_a_行次_out_of_order_stops_the_reading():
    broken = ONE_LINE.replace("二、外交支出 26", "二、外交支出 29")
    got = kinds(broken)
    assert ("51.30", "REVENUE") not in got  # too few rows counted on each side
    assert ("51.30", None) in got  # still listed, unread


def test_two_figures_after_one_行次_or_no_决算_title_reads_nothing():
    two = ONE_LINE.replace("25 49.80", "25 49.80 3.30")
    assert ("49.80", "SPENDING") not in kinds(two)
    untitled = ONE_LINE.replace("收入支出决算总表", "样例表")
    assert all(kind is None for _, kind in kinds(untitled))


def test_a_figure_after_a_word_stops_the_reading_there():
    lost = ONE_LINE.replace("三、上级补助收入 3 1.50", "三、上级补助收入 1.50")
    got = kinds(lost)
    assert ("51.30", "REVENUE") in got  # the rows before it counted
    assert ("1.50", "REVENUE") not in got
    assert ("2.25", "CARRY_OVER") not in got


def test_a_figure_past_the_tables_sentence_is_not_read():
    after = ONE_LINE.replace("28 注:本表为样例。", "28 说明:全年收支见上表。 5 9.99 29 7.77")
    got = kinds(after)
    assert ("2.25", "CARRY_OVER") in got
    assert ("9.99", "REVENUE") not in got
    assert ("7.77", "SPENDING") not in got


def test_a_sheets_收入支出决算表_without_总_is_read_by_its_rows_too():
    sheet = (
        "样例中心2021年度部门决算公开部门决算表.xls\n"
        "收入支出决算表 公开01表 部门:样例中心 金额单位:元 收入 项目 行次 金额 "
        "一、一般公共预算财政拨款收入 1 9,000.00 二、上级补助收入 2 "
        "本年收入合计 3 9,000.00 注:样例。\n"
    )
    assert ("9,000.00", "REVENUE") in kinds(sheet)


def test_heads_with_a_second_money_column_read_nothing():
    wide = PIPED.replace(
        "项目 | 行次 | 金额 | 项目 | 行次 | 金额 |",
        "项目 | 行次 | 金额 | 项目 | 行次 | 合计 | 基本支出 |",
    )
    assert ("920.50", "REVENUE") not in kinds(wide)


# -- sheetsums: one side's cells bunched after its labels, placed by the sums ---------------------

SHEET = (
    "样例卫生院2021年部门决算公开表.xls\n"
    "收入支出决算总表 部门:样例卫生院 收入 项目 行次 栏次 金额 1 一、一般公共预算财政拨款收入 1 "
    "二、上级补助收入 2 三、事业收入 3 四、其他收入 4 1,200,000.50 300,000.25 50,000.00 5 6 7 "
    "本年收入合计 8 使用非财政拨款结余 9 年初结转和结余 10 总计 11 1,550,000.75 1,550,000.75 "
    "注:本表反映部门本年度的总收支情况。 入支出决算总表 公开01表 金额单位:元 支出 项目 行次 "
    "栏次 金额 2 一、一般公共服务支出 12 1,550,000.75 二、外交支出 13\n"
)


def test_bunched_revenue_cells_are_read_where_they_sum_to_both_totals():
    got = kinds(SHEET)
    for written in ("1,200,000.50", "300,000.25", "50,000.00"):
        assert (written, "REVENUE") in got, written
    assert got.count(("1,550,000.75", "REVENUE")) == 2  # 本年收入合计 and 总计


def test_bunched_cells_stay_unread_when_a_sum_fails_or_the_unit_is_another_tables():
    wrong = SHEET.replace("50,000.00", "60,000.00")
    assert ("1,200,000.50", None) in kinds(wrong)
    other = SHEET.replace("入支出决算总表 公开01表", "支出决算表 公开03表")
    assert ("1,200,000.50", "REVENUE") not in kinds(other)  # no unit of this table
    third = SHEET.replace("1,550,000.75 1,550,000.75", "1,550,000.75 1,550,000.75 8.00")
    assert ("1,200,000.50", "REVENUE") not in kinds(third)
    spending = SHEET.replace("四、其他收入 4", "四、其他支出 4")
    assert ("1,200,000.50", "REVENUE") not in kinds(spending)


# -- threepublicpairs: a 三公 table's 预算数/决算数 pairs placed by their sums --------------------

PAIRS = (
    "2019年度一般公共预算财政拨款“三公”经费支出决算表\n"
    "单位:万元\n"
    "一般公共预算财政拨款“三公”经费 | |||||||||||\n"
    "合计 | 因公出国(境)费 | 公务用车购置及运行费 | 公务接待费 | ||||||||\n"
    "小计 | 公务用车购置费 | 公务用车运行费 | |||||||||\n"
    "预算数 | 决算数 | 预算数 | 决算数 | 预算数 | 决算数 | 预算数 | 决算数 | 预算数 | 决算数 "
    "| 预算数 | 决算数 |\n"
    "30.00 | 21.40 | 20.00 | 17.20 | 20.00 | 17.20 | 10.00 | 4.20 |\n" + PROSE
)


def test_pairs_whose_column_every_placement_agrees_on_are_read():
    got = kinds(PAIRS)
    assert ("30.00", "BUDGET") in got
    assert ("21.40", "SPENDING") in got
    assert ("10.00", "BUDGET") in got
    assert ("4.20", "SPENDING") in got
    assert got.count(("20.00", "BUDGET")) == 1  # the 小计; the other is 购置费's or 运行费's
    assert got.count(("20.00", None)) == 1
    assert got.count(("17.20", "SPENDING")) == 1


def test_pairs_whose_sums_fail_read_nothing():
    wrong = PAIRS.replace("10.00 | 4.20", "11.00 | 4.20")
    assert not [k for _, k in kinds(wrong) if k is not None]
    flat = PAIRS.replace("小计 | 公务用车购置费 | 公务用车运行费 | |||||||||\n", "")
    assert not [k for _, k in kinds(flat) if k is not None]  # six pairs, four columns


def test_a_part_alone_between_its_行次_and_the_next_label_is_read_once():
    alone = SHEET.replace(
        "四、其他收入 4 1,200,000.50 300,000.25 50,000.00 5 6 7 本年收入合计 8 使用非财政拨款结余 9 "
        "年初结转和结余 10 总计 11",
        "四、其他收入 4 1,550,000.75 本年收入合计 5 使用非财政拨款结余 6 年初结转和结余 7 总计 8",
    )
    assert alone != SHEET
    got = kinds(alone)
    assert got.count(("1,550,000.75", "REVENUE")) == 3  # 其他收入 (by its row), 合计, 总计
    stated = alone.replace("部门:样例卫生院 收入", "部门:样例卫生院 金额单位:元 收入")
    assert kinds(stated).count(("1,550,000.75", "REVENUE")) == 3  # read by ``sheetline`` once
