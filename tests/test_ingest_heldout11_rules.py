"""The rules the eleventh held-out trial (texts 159–168) asked for, each held on fictional
text with a case it must not fire on: a unit split around a flattened form's cells
(情况(万 210 0 元)) is never read as 元; a 三公 note whose body states its 决算支出数 is of the
family; money won for a project (争取到) is a budget, a need (约需) planned, a target (指标值)
planned, a rate per volume (每卷) a rate; a money word inside counted items' name is not the
amount's; a sum whose spent part and rate check is the budget; a transfer received
(转移支付资金全部及时拨付到位) is revenue; the parts after a note of use (全部用于…。其中:)
take their total's kind.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fictional_text import document, found, kinds
from govkg.core.errors import IngestError

HEAD = "样例市样例局2021年度项目支出绩效自评报告\n"

# -- class 1: a unit split around a form's cells ------------------------------------------------

SPLIT = (
    HEAD + "项目名称 样例系统运维 年初预算 调整预算数 执行 情况(万 88 0 元) 资金 拨款 使用 "
    "况(万 66 元) 实际支付数 12.5\n"
)


def test_cells_inside_a_split_万_元_are_never_read_as_元():
    figures = found(SPLIT)
    split = [(w, k, y) for w, k, y, _ in figures if w in ("88", "0", "66")]
    assert split == [
        ("88", None, Decimal("880000")),
        ("0", None, Decimal("0")),
        ("66", None, Decimal("660000")),
    ]
    assert all(y % 10_000 == 0 for w, _, y, _ in figures if w in ("88", "66"))
    assert not any(w.endswith("元") and y in (0, 66, 88) for w, _, y, _ in figures)


def test_a_figure_written_against_its_元_is_no_split_unit():
    text = HEAD + "项目预算(万元)为10万元,已支付(报销 6 元)。\n"
    assert kinds(text) == [("10万元", "BUDGET"), ("6 元", "SPENDING")]
    assert found(text)[1][2] == Decimal(6)


# -- class 2: a 三公 决算 note with 决算支出数 ----------------------------------------------------

NOTE = (
    "2020年度样例县“三公”经费支出决算情况\n"
    "2020年,全县“三公”经费决算支出数为320.5万元,同比减少12万元。"
    "其中:公务接待费支出100万元。\n"
)


def test_a_三公_note_stating_its_决算支出数_is_accepted():
    assert document(NOTE).year == 2020
    assert ("320.5万元", "SPENDING") in kinds(NOTE)
    assert ("12万元", "CHANGE") in kinds(NOTE)


def test_a_news_item_on_三公_without_its_决算_total_stays_refused():
    with pytest.raises(IngestError, match="does not look like"):
        document("样例县新闻\n全县要求压减“三公”经费支出,决算支出要公开。\n")


# -- class 3: kinds said by words -----------------------------------------------------------------

WON = (
    HEAD + "按照规定每册3元的标准测算,争取到市级财政资金12.6万元。\n"
    "争取到省级档案转化经费项目资金40万元,用于更换服务器。\n"
    "该系统建设周期预计3年,总经费约需500万元。\n"
)


def test_money_won_is_a_budget_a_need_planned_a_rate_per_volume_a_rate():
    assert kinds(WON) == [
        ("3元", "PRICE_OR_RATE"),
        ("12.6万元", "BUDGET"),
        ("40万元", "BUDGET"),
        ("500万元", "PLANNED"),
    ]


def test_争取_with_a_kind_word_after_it_keeps_that_word():
    text = HEAD + "争取到上级资金后,实际支出资金30万元。\n"
    assert kinds(text) == [("30万元", "SPENDING")]


COUNTED = (
    HEAD + "本单位2021年实施项目共3个,项目预算资金80万元。其中:年初预算批复的项目2个,"
    "项目资金79万元,(上级专款对下转移)2021年省级财力补助资金1个,项目资金1万元。\n"
)


def test_a_money_word_in_counted_items_name_is_not_the_amounts():
    assert kinds(COUNTED) == [("80万元", "BUDGET"), ("79万元", "BUDGET"), ("1万元", "BUDGET")]


def test_补助_right_before_an_amount_stays_revenue():
    text = HEAD + "实施项目共2个,收到上级补助资金5万元。\n"
    assert kinds(text) == [("5万元", "REVENUE")]


RATED = (
    HEAD + "一是其他教育支出,即样例补助经费合计40万元,已于本年度支出40万元,预算完成率100%。"
    "二是样例项目资金200万元,已执行支付150万元,全部用于系统建设费用支出,执行率75%。\n"
)


def test_a_sum_whose_spent_part_and_rate_check_is_the_budget():
    assert kinds(RATED) == [
        ("40万元", "BUDGET"),
        ("40万元", "SPENDING"),
        ("200万元", "BUDGET"),
        ("150万元", "SPENDING"),
    ]


def test_a_rate_that_does_not_check_leaves_the_sum_as_its_words_say():
    text = HEAD + "样例项目经费200万元,已执行支付150万元,执行率90%。\n"
    assert kinds(text)[0] == ("200万元", "SPENDING")


def test_a_transfer_received_in_full_is_revenue():
    text = HEAD + "2021年度该项目资金88.1234万元转移支付资金全部及时拨付到位。\n"
    assert kinds(text) == [("88.1234万元", "REVENUE")]


def test_an_amount_with_no_word_after_it_stays_unread():
    text = HEAD + "2021年度该项目资金88.1234万元,已执行部分按规定管理。\n"
    assert kinds(text) == [("88.1234万元", None)]


# -- class 4: parts after a note of use, a target value --------------------------------------------

USED = (
    HEAD
    + "實際支付90萬元,全部用于設備采購和軟件開發。其中:用于甲建設項目60萬元、乙建設項目30萬元。\n"
    "數量指標:建設甲、乙等2個項目,年度指標值100萬元,實際支出90萬元。\n"
)


def test_parts_after_a_note_of_use_take_the_totals_kind_and_a_target_is_planned():
    assert kinds(USED) == [
        ("90萬元", "SPENDING"),
        ("60萬元", "SPENDING"),
        ("30萬元", "SPENDING"),
        ("100萬元", "PLANNED"),
        ("90萬元", "SPENDING"),
    ]


def test_parts_after_another_statement_stay_unread():
    text = HEAD + "實際支付90萬元,共購置設備10台。其中:甲項目60萬元、乙項目30萬元。\n"
    assert kinds(text)[1:] == [("60萬元", None), ("30萬元", None)]


# -- class 5: a form's field read through a mirror's readings -------------------------------------

FORM = (
    "| 2020年度項(xiàng)目支出績效自評表 |\n"
    "| 項(xiàng)目名稱 | 樣例衛(wèi)片經(jīng)費 |\n"
    "| 主管部門 | 樣例市自然資源局 | 實(shí)施單位 | 樣例市樣例區(qū)自然資源局 |\n"
    "| 年初預(yù)算數(shù) | 全年預(yù)算數(shù) | 全年執(zhí)行數(shù) |\n"
)


def test_a_forms_实施单位_cell_is_read_through_readings_as_written():
    assert document(FORM).unit == "樣例市樣例區(qū)自然資源局"


def test_a_form_without_a_unit_field_names_no_unit_through_readings():
    text = FORM.replace(
        "| 主管部門 | 樣例市自然資源局 | 實(shí)施單位 | 樣例市樣例區(qū)自然資源局 |\n", ""
    )
    assert "自然資源局" not in (document(text).unit or "")


# -- years: a form's 项目年份 value moved away from its label -----------------------------------

FLAT = (
    "样例市级财政支出项目绩效自评表 项目名称 样例系统 项目主管部门(单 位) 2021 样例市样例局 "
    "项目年份 财政拨款数 年初预算数(万元) 30\n"
)


def test_a_flattened_forms_one_year_cell_is_its_year():
    assert document(FLAT).year == 2021


def test_a_form_writing_two_years_gives_no_year_from_a_cell():
    assert document(FLAT.replace(" 30\n", " 30 2019\n")).year is None
