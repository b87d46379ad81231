"""The rules the sixth held-out trial (texts 116–120) asked for, each held on fictional text
with a case it must not fire on: a department's “三公”经费 note (titled, in traditional
characters with a mirror's readings, or untitled but stating its 决算/预算 total) is a
report of the family, its unit taken from its title; a 三公 预算 note's items are budgets;
a list under 其中 has its total's kind past the total's change and its reason; 安排 right
before an amount is a budget; the whole-number cells of a piped 三公 table are listed unread.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fictional_text import document, found, kinds
from govkg.core.errors import IngestError

# -- class 1 and 2: a “三公”经费 note is a report of the family, its unit from its title ---------


def test_a_titled_三公_note_is_accepted_with_its_unit_from_the_title():
    text = (
        "2021年样例市委宣传部“三公”经费增减情况说明\n"
        "2021年样例市委宣传部“三公”经费支出合计12万元。\n"
    )
    read = document(text)
    assert read.genre == "部门决算"
    assert (read.unit, read.year, read.unit_named) == ("样例市委宣传部", 2021, True)


def test_a_mirrors_traditional_title_with_readings_keeps_the_unit_as_written():
    text = (
        "2022年樣例市質(zhì)量監(jiān)督局“三公”經(jīng)費(fèi)預(yù)算情況說(shuō)明\n"
        "2022年財政撥款“三公”經(jīng)費(fèi)預(yù)算合計(jì)8萬(wàn)元。\n"
    )
    read = document(text)
    assert read.genre == "部门决算"
    assert read.unit == "樣例市質(zhì)量監(jiān)督局"  # as written, readings and all
    assert read.year == 2022


def test_an_untitled_body_stating_the_三公_决算_total_is_accepted_and_names_no_unit():
    text = "经样例市财政局汇总,2020年全市“三公”经费决算总额300万元,比上年下降2%。\n"
    read = document(text)
    assert read.unit_named is False  # never guessed
    assert read.year == 2020


def test_a_mention_of_三公经费_with_no_total_or_a_text_with_no_money_stays_refused():
    for text in (
        "样例市召开会议\n会议要求各单位严控“三公”经费,厉行节约。\n",
        "样例市“三公”经费管理办法\n第一条 为规范“三公”经费管理,制定本办法。\n",
    ):
        with pytest.raises(IngestError, match="does not look like"):
            document(text)


def test_a_三公_budget_notes_items_after_其中_are_budgets_and_its_change_a_change():
    text = (
        "2022年样例局“三公”经费预算情况说明\n"
        "2022年样例局财政拨款“三公”经费预算合计32.6万元。其中:因公出国(境)费0元;"
        "公务用车运行维护费28.6万元,与上年持平;公务接待费4万元,比上年减少2万元。\n"
    )
    assert kinds(text) == [
        ("32.6万元", "BUDGET"),
        ("0元", "BUDGET"),
        ("28.6万元", "BUDGET"),
        ("4万元", "BUDGET"),
        ("2万元", "CHANGE"),
    ]


# -- class 3: the parts after 其中 have the total's kind -------------------------------------


def test_parts_after_the_totals_change_in_amount_have_the_totals_kind():
    text = (
        "2021年样例局“三公”经费增减情况说明\n"
        "样例局“三公”经费支出合计35万元,比上年减少2.28万元。其中:因公出国(境)费 0 万元,"
        "比上年减少 0.5 万元;公务接待费30万元,比上年减少1.78万元。\n"
    )
    assert kinds(text) == [
        ("35万元", "SPENDING"),
        ("2.28万元", "CHANGE"),
        ("0 万元", "SPENDING"),
        ("0.5 万元", "CHANGE"),
        ("30万元", "SPENDING"),
        ("1.78万元", "CHANGE"),
    ]


def test_parts_after_the_totals_rate_and_reason_have_its_kind_and_安排_is_a_budget():
    text = (
        "2021年样例区“三公”经费说明\n"
        "2021年样例区财政拨款开支“三公”经费90万元,较2019年下降2.3%,主要是严控公务接待。"
        "其中:公务用车购置安排20万元,主要是执法车辆增加;公车运行及维护60万元,较上年下降21%,"
        "主要是车辆减少;公务接待费10万元,与上年持平。\n"
    )
    assert kinds(text) == [
        ("90万元", "SPENDING"),
        ("20万元", "BUDGET"),
        ("60万元", "SPENDING"),
        ("10万元", "SPENDING"),
    ]


def test_parts_after_another_statement_than_the_totals_change_stay_unread():
    text = (
        "2021年样例区“三公”经费说明\n"
        "2021年样例区开支“三公”经费90万元,共购置车辆10辆。其中:公车运行及维护60万元;"
        "公务接待费30万元。\n"
    )
    assert kinds(text) == [("90万元", "SPENDING"), ("60万元", None), ("30万元", None)]


def test_a_change_of_something_else_before_其中_gives_its_kind_to_no_part():
    text = (
        "2021年样例区“三公”经费说明\n"
        "样例区“三公”经费支出合计90万元,收入增加5万元。其中:公务接待费30万元。\n"
    )
    assert ("30万元", "SPENDING") not in kinds(text)


# -- class 4: the bare cells of a piped 三公 table are accounted for ----------------------------

TABLE = (
    "2021年样例区“三公”经费说明\n"
    "2021年样例区开支“三公”经费60万元。\n"
    "2021年样例区 “三公”经费汇总情况表 |\n|\n单位:万元 |\n"
    "合计 |\n因公出国 |\n公务用车运行维护 |\n公务接待费 |\n"
)


def test_the_whole_number_cells_of_a_piped_三公_table_are_listed_unread_in_its_unit():
    cells = [m for m in found(TABLE + "60 |\n10 |\n45 |\n5 |\n") if "万元" not in m[0]]
    assert [(w, k, y) for w, k, y, _ in cells] == [
        ("60", None, Decimal("600000")),
        ("10", None, Decimal("100000")),
        ("45", None, Decimal("450000")),
        ("5", None, Decimal("50000")),
    ]
    assert all("not read" in reason for *_, reason in cells)


def test_a_三公_table_with_a_count_column_or_no_declared_unit_takes_no_whole_number():
    counted = TABLE.replace("公务接待费 |", "公务接待批次 |\n公务用车保有量(辆) |")
    assert all("万元" in m[0] for m in found(counted + "60 |\n10 |\n45 |\n3 |\n2 |\n"))
    undeclared = TABLE.replace("单位:万元 |\n", "")
    assert all("万元" in m[0] for m in found(undeclared + "60 |\n10 |\n45 |\n5 |\n"))


def test_a_三公_table_whose_rows_are_labelled_is_left_to_its_columns_head():
    labelled = (
        "2021年样例局“三公”经费预算情况说明\n2021年样例局“三公”经费预算合计54万元。\n"
        "2021年样例局“三公”经费预算情况统计表\n单位:万元\n项 目 | 备注 |\n"
        "1.公务用车购置费 | |\n2.因公出国(境)费用 | 46 |\n3.公务接待费 | 8 |\n"
    )
    assert [m for m in found(labelled) if m[0] in ("46", "8")] == []
