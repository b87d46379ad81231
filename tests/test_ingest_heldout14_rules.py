"""The rules the fourteenth held-out trial (texts 189–198) asked for, each held on fictional
text with a case it must not fire on: a 三公 table known by its title (…“三公”经费汇总情况
决算表, …预算情况表) or a note by its opening total (2020年“三公”经费支出…) is read, not
refused; a place's summed 三公 table names the place; a year whose 年 a mirror wrote as -,
and a title the cleaning joined to its 来源 line, keep their year; a change said after the
figure compared with; a genre's 部门 glued onto a title's unit; a 决算 book's heading names
its unit; an asset sheet's certain 价值 cells are balances (OTHER); 于2016年全部到位 after a
grant says it arrived; a figure after 比上年 is no line of the year.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fictional_text import document, found, kinds
from govkg.core.errors import IngestError
from govkg.ingest.document.genresigns import shows_genre
from govkg.ingest.document.titleunit import clean_title_unit
from govkg.ingest.document.years import stated_year

# -- class 1: a 三公 table or note known by its title or opening ------------------------------

TABLE = (
    "样例县2016-“三公”经费汇总情况决算表 | |\n单位:万元 | |\n项目 | 决算数 |\n合计 | 30 |\n"
    "1、因公出国(境)费用 | 0 |\n2、公务接待费 | 12 |\n3、公务用车费 | 18 |\n"
)
BUDGET_TABLE = (
    "样例县2018年度部门“三公”经费预算情况表\n来源:样例县某某中心   2018-04-02 00:00\n"
    "    单位:元\n项目 2017-执行数 2018-预算数\n一、支出合计   120000\n2、公务接待费   20000\n"
)
NOTE = "2021年“三公”经费支出40万元,比上年累计支出45万元下降5万元,下降11%。其中公务接待费10万元。\n"


def test_a_三公_table_titled_alone_is_read_not_refused():
    doc = document(TABLE)
    assert doc.unit == "样例县"  # a place's summed (汇总) table: the place's own total
    assert doc.year == 2016  # 2016- is 2016年 in the title line


def test_a_三公_budget_table_under_a_unit_line_of_yuan_is_read():
    doc = document(BUDGET_TABLE)
    assert doc.year == 2018  # the title joined to its 来源 line keeps its year
    assert doc.unit == "样例县某某中心"  # no 汇总: the place names no unit; the 来源 does


def test_a_三公_note_opening_on_its_total_is_read():
    assert document(NOTE).year == 2021


def test_a_news_item_on_三公_spending_is_refused():
    news = "本报讯 区政府今年严控开支,2021年“三公”经费支出40万元,比上年下降。\n"
    with pytest.raises(IngestError):
        document(news)
    assert not shows_genre("关于压缩“三公”经费的通知\n各单位要厉行节约。\n")


def test_a_三公_table_title_without_money_shows_no_sign():
    assert not shows_genre("样例县2016年“三公”经费汇总情况决算表\n(表格见附件)\n")


# -- class 2: years and units ---------------------------------------------------------------------


def test_a_masked_year_is_read_in_the_title_line_only():
    assert stated_year("样例县2015-“三公”经费决算表\n")["year"] == "2015"
    assert stated_year("情况表\n发布:2017-04-27 00:00\n") is None  # a date, not a title's year
    assert stated_year("样例县财政局\n2015-2016“三公”经费\n") is None  # not the title line


def test_a_genre_word_glued_onto_a_units_name_is_left_out():
    assert clean_title_unit("样例县某某中心学校部门") == "样例县某某中心学校"
    assert clean_title_unit("样例县财政局") == "样例县财政局"
    assert clean_title_unit("样例县各部门") == "样例县各部门"  # no organisation word before 部门


BOOK = (
    "2019年度资产负债情况表\n|\n金额单位:万元\n|\n|\n数量\n|\n价值\n|\n年初数\n|\n年末数\n|\n年初数\n|\n"
    "年末数\n|\n一、资产合计\n|\n——\n|\n——\n|\n100.50\n|\n80.25\n|\n(一)流动资产\n|\n——\n|\n——\n|\n"
    "|\n40.00\n|\n其中:(1)车辆(辆)\n|\n|\n3\n|\n|\n12.30\n|\n2.通用设备(台/套)\n|\n5\n|\n6\n|\n7.10\n|\n8.20\n|\n"
    "(二)其他\n|\n9.90\n|\n"
    "第三部分 样例区某某委员会\n2019年度部门决算情况说明\n"
    "一、关于样例区某某委员会2019年度收入支出决算总体情况说明\n"
    "2019年度收入总计500.00万元,支出总计500.00万元。\n"
)


def test_a_决算_books_heading_names_its_unit():
    assert document(BOOK).unit == "样例区某某委员会"


def test_a_name_in_a_sentence_is_no_heading():
    text = BOOK.replace("第三部分 样例区某某委员会", "第三部分 说明").replace(
        "一、关于样例区某某委员会", "一、关于本单位"
    )
    assert document(text).unit != "样例区某某委员会"


# -- class 3: amounts ---------------------------------------------------------------------------


def test_an_asset_sheets_certain_cells_are_balances():
    read = {(w, k) for w, k in kinds(BOOK)}
    assert {("100.50", "OTHER"), ("80.25", "OTHER"), ("40.00", "OTHER")} <= read
    assert {("12.30", "OTHER"), ("7.10", "OTHER"), ("8.20", "OTHER")} <= read
    assert ("9.90", "OTHER") not in read  # two cells where four stand: no column certain
    assert all(w not in {"3", "5", "6"} for w, _ in read)  # quantities, not money


def test_a_change_said_after_the_figure_compared_with():
    assert ("5万元", "CHANGE") in kinds(NOTE)
    assert ("45万元", "SPENDING") in kinds(NOTE)


def test_a_grant_said_to_arrive_in_its_year_is_revenue():
    text = (
        "样例县某某局2016年项目支出绩效自评报告\n一、项目资金投入情况\n"
        "2016年县财政拨款20.50万元,于2016年当年全部到位。\n"
    )
    assert ("20.50万元", "REVENUE") in kinds(text)
    assert found(text)[0][2] == Decimal("205000")


def test_last_years_figure_is_no_line_of_the_year():
    from govkg.ingest.extract import extract

    lines = extract(NOTE, "f.txt").lines
    assert Decimal("450000") not in {line.amount for line in lines}  # 比上年累计支出45万元
    assert Decimal("400000") in {line.amount for line in lines}


# -- a labelled 三公 table no rule places: its cells listed unread, never lost ----------------

LABELLED = (
    "样例县2016-“三公”经费汇总情况决算表 | |\n单位:万元 | |\n项目 | 本-预算数 |\n合计 | 30 |\n"
    "1、因公出国(境)费用 | 0 |\n2、公务接待费 | 12 |\n3、公务用车费 | 18 |\n"
)


def test_a_labelled_三公_tables_unplaced_cells_are_listed_unread():
    """A 决算表 whose one column is headed 本-预算数: no rule can say 决算 or 预算, so each
    cell is kept unread with the reason, in the declared unit."""
    cells = found(LABELLED)
    assert [(w, k, a) for w, k, a, _ in cells] == [
        ("30", None, Decimal("300000")),
        ("0", None, Decimal("0")),
        ("12", None, Decimal("120000")),
        ("18", None, Decimal("180000")),
    ]
    assert all("no rule placed" in reason for *_, reason in cells)


def test_a_row_that_counts_ends_the_labelled_table():
    counted = LABELLED + "4、公务用车保有量(辆) | 3 |\n5、公务接待批次 | 40 |\n"
    assert [w for w, *_ in found(counted)] == ["30", "0", "12", "18"]


def test_a_labelled_table_naming_one_三公_item_lists_nothing():
    one = LABELLED.replace("1、因公出国(境)费用", "1、会议费").replace("3、公务用车费", "3、培训费")
    assert found(one) == []


def test_a_labelled_table_whose_column_is_no_money_lists_nothing():
    assert found(LABELLED.replace("本-预算数", "备注")) == []


BLANK_ROWS = (
    "样例县2018年度部门“三公”经费预算情况表\n单位:元\n项目 2017-执行数 2018-预算数\n"
    "一、支出合计   90000\n1、因公出国(境)费用    \n2、公务接待费   30000\n"
    "3、公务用车费   60000其中:(1)公务用车运行维护费   60000\n二、相关统计数\n"
    "1.因公出国(境)团组数(个)   0\n2.公务用车保有量(辆)   2\n"
)


def test_rows_of_label_and_figure_under_two_money_columns_are_listed_unread():
    """One figure a row under two money heads: its column is not certain. Each is kept
    unread, a 其中 row the cleaning joined on included; the counts below end the table."""
    cells = found(BLANK_ROWS)
    assert [(w, k, a) for w, k, a, _ in cells] == [
        ("90000", None, Decimal("90000")),
        ("30000", None, Decimal("30000")),
        ("60000", None, Decimal("60000")),
        ("60000", None, Decimal("60000")),
    ]
