"""The rules the fifth held-out trial (texts 105–115) asked for, each held on fictional text
with a case it must not fire on: an amount right after 增长/增加/减少 is a change, a
项目资金总额 a budget and 执行预算资金 spending; a fund's 绩效评价工作自评报告 and a district's
收支决算 heading are reports of the family; the cells of a 收入支出决算总表 whose column is a
bare 金额, and a bare figure compared with, are listed unread; the parts and items of a
listed total have its kind.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from fictional_text import document, found, kinds
from govkg.core.errors import IngestError
from govkg.ingest.extract import extract

ACCOUNTS = "2023年样例镇人民政府部门决算\n"
PROJECT = "2023年度样例项目支出绩效自评报告\n一、项目概况\n"


# -- no other kind read as spending ----------------------------------------------------------


def test_an_amount_right_after_增长_or_增加_is_a_change_whatever_word_came_before():
    text = ACCOUNTS + "三、支出决算情况说明\n事业支出增长12.34万元,其他收入增加5.6万元,管理费用减少7万元。\n"
    assert kinds(text) == [("12.34万元", "CHANGE"), ("5.6万元", "CHANGE"), ("7万元", "CHANGE")]


def test_a_rate_after_增加_stays_a_rate_and_增长到_is_no_change():
    text = PROJECT + "补助标准增加0.3万元/人。项目支出增长到80万元。\n"
    assert kinds(text) == [("0.3万元", "PRICE_OR_RATE"), ("80万元", "SPENDING")]


def test_a_项目资金总额_is_a_budget_and_执行预算资金_is_spending():
    text = PROJECT + "样例公用经费项目资金总额8.8万元,执行预算资金8.8万元,执行率100%。\n"
    assert kinds(text) == [("8.8万元", "BUDGET"), ("8.8万元", "SPENDING")]


def test_funds_the_budget_arranges_are_a_budget_and_a_spending_word_still_wins():
    text = PROJECT + "2023年度安排样例衔接资金300万元。安排支出资金20万元用于维修。\n"
    assert kinds(text)[0] == ("300万元", "BUDGET")
    assert kinds(text)[1][1] != "BUDGET"


# -- refusals --------------------------------------------------------------------------------


def test_a_funds_绩效评价工作自评报告_is_a_project_report():
    text = "样例市2023年度财政衔接推进补助资金绩效评价工作自评报告\n一、资金保障方面\n预算安排资金64万元。\n"
    assert document(text).genre == "项目支出绩效自评报告"


def test_a_districts_收支决算_heading_with_money_is_a_report_of_the_family():
    text = "一、2023年全区收支决算\n1.一般公共预算收支\n全区一般公共预算总收入1000万元。\n"
    assert document(text).genre == "部门决算"


def test_news_naming_a_self_assessment_stays_refused():
    text = "样例市召开会议\n会议要求各单位认真做好补助资金绩效评价工作,按时报送材料。\n"
    with pytest.raises(IngestError, match="does not look like"):
        document(text)


# -- every amount accounted for --------------------------------------------------------------


def test_cells_of_a_决算_total_table_under_a_bare_金额_column_are_listed_unread():
    text = ACCOUNTS + (
        "1.《收入支出决算总表》\n单位名称:样例镇人民政府 单位:万元\n"
        "项目 | 行次 | 金额 | 项目 | 行次 | 金额 |\n"
        "一、财政拨款收入 | 1 | 12.34 | 一、一般公共服务支出 | 28 | |\n"
        "二、上级补助收入 | 2 | 二、外交支出 | 29 | ||\n"
    )
    cells = [(w, k, r) for w, k, _, r in found(text) if w == "12.34"]
    assert len(cells) == 1
    assert cells[0][1] == "REVENUE"  # two rows a side counted: read since (accountsrows)
    one_row = text.replace("二、上级补助收入 | 2 | 二、外交支出 | 29 | ||\n", "")
    cells = [(w, k, r) for w, k, _, r in found(one_row) if w == "12.34"]
    assert len(cells) == 1
    assert cells[0][1] is None
    assert "not read" in cells[0][2]


def test_a_bare_金额_column_under_no_accounts_title_is_not_taken():
    text = PROJECT + "单位:万元\n项目 | 金额 |\n材料 | 12.34 |\n"
    assert all(w != "12.34" for w, *_ in found(text)) or all(
        k is None for w, k, *_ in found(text) if w == "12.34"
    )


def test_a_bare_figure_compared_with_is_listed_unread_in_the_changes_unit():
    text = ACCOUNTS + "二、收入决算情况说明\n相比2022年的总收入100.50减少10.5万元,下降10%。\n"
    bare = [m for m in found(text) if m[0] == "100.50"]
    assert bare == [("100.50", None, Decimal("1005000"), bare[0][3])]
    assert "without its unit word" in bare[0][3]


def test_a_bare_rate_or_count_is_not_taken():
    text = ACCOUNTS + "相比2022年的在职人数12人减少2人。增长2.4%。\n"
    assert found(text) == []


# -- recall ----------------------------------------------------------------------------------


def test_the_parts_and_items_of_a_listed_total_have_its_kind():
    text = PROJECT + (
        "二、资金使用情况\n项目支出决算为20万元,其中:房屋支出12万元(其中:甲楼3万元;乙楼9万元)、"
        "办公设备购置5万元(购净水器1套)、绿化3万元。\n"
    )
    assert kinds(text) == [
        ("20万元", "SPENDING"),
        ("12万元", "SPENDING"),
        ("3万元", "SPENDING"),
        ("9万元", "SPENDING"),
        ("5万元", "SPENDING"),
        ("3万元", "SPENDING"),
    ]


def test_a_bracket_after_no_amount_or_comparing_with_last_year_gives_no_kind():
    text = PROJECT + "新建变压器(3台;样例款2万元)。\n办公费用10万元(上年;样例4万元)。\n"
    got = {w: k for w, k in kinds(text) if w in ("2万元", "4万元")}
    assert got.get("2万元") is None
    assert got.get("4万元") is None


def test_a_tables_last_cell_cut_by_the_texts_end_is_listed_unread_and_a_row_number_is_not():
    table = ACCOUNTS + (
        "1.《收入支出决算总表》\n单位:万元\n项目 | 行次 | 金额 |\n"
        "一、财政拨款收入 | 1 | 12.34 |\n"
    )
    cut = [m for m in found(table + "总计 | 27 | 3681") if m[0] == "3681"]
    assert len(cut) == 1
    assert cut[0][1] is None
    assert "ends inside" in cut[0][3]
    assert all(m[0] != "27" for m in found(table + "总计 | 27"))


def test_lines_adding_up_past_a_stated_total_hang_under_nothing_and_true_parts_stay():
    over = ACCOUNTS + (
        "一、全区收支决算\n一般公共预算支出300万元,债务还本支出20万元。\n"
        "政府性基金支出80万元,调出资金10万元,支出合计90万元。\n"
    )
    lines = extract(over, "f.txt").lines
    assert lines
    assert all(line.parent is None for line in lines)
    fits = ACCOUNTS + "一、支出决算\n基本支出60万元,项目支出30万元,支出合计90万元。\n"
    parents = {line.name: line.parent for line in extract(fits, "f.txt").lines}
    assert parents["基本支出"] is not None
    assert parents["项目支出"] is not None
