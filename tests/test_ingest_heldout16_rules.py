"""The rules the sixteenth held-out trial (texts 209–218) asked for, each held on fictional
text with a case it must not fire on: a project's performance-monitoring report is titled as
one of the project genre; a year written bare (no 年) between the unit and the genre; a
title's fragment is no unit; a name that is a table's cell signs nothing; a 决算 book's
duties and totals sentences name its unit; an area's summed 三公 note names its level before
its year.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from fictional_text import document, found, kinds
from govkg.core.errors import IngestError
from govkg.ingest.document.cellline import in_table_cell
from govkg.ingest.document.report import UNNAMED
from govkg.ingest.document.titlefragment import is_title_fragment
from govkg.ingest.document.titlemonitoring import MONITORING
from govkg.ingest.extract import extract
from govkg.ingest.write import ingest

# -- class 1: units ----------------------------------------------------------------------------

MONITORED = (
    "首页 >> 政务公开\n"
    "样例县某某事务局 2022年某某补助资金项目绩效监控总结报告\n"
    "来源: 样例县人民政府 发布时间: 2022-08-09\n"
    "一、绩效目标分解下达情况\n"
    "项目总投资30万元,其中:中央资金30万元。我单位对该项目进行了自评。\n"
)


def test_a_monitoring_report_is_of_the_project_genre_and_names_its_unit():
    doc = document(MONITORED)
    assert doc.genre == "项目支出绩效自评报告"
    assert doc.unit == "样例县某某事务局"
    assert doc.year == 2022


def test_monitoring_words_inside_a_sentence_are_no_title():
    title = re.compile(MONITORING.removeprefix("|"))
    assert title.search("样例县某某局2022年某某资金项目绩效监控总结报告\n")
    assert not title.search("按要求填报《项目支出绩效监控表》1分。\n")
    assert not title.search("开展项目绩效监控工作,形成报告。\n")


BARE_YEAR = (
    "您当前位置: 首页>政务公开>绩效管理\n\n"
    "样例市某某区某某中心小学2021项目资金 绩效自评报告\n\n"
    "一、基本情况\n校舍维修9.8万元。\n"
)


def test_a_bare_year_between_the_unit_and_the_genre_leaves_the_unit_named():
    doc = document(BARE_YEAR)
    assert doc.unit == "样例市某某区某某中心小学"
    assert doc.year == 2021


def test_a_document_number_before_the_genre_is_no_bare_year():
    text = BARE_YEAR.replace("样例市某某区某某中心小学2021项目资金", "根据样财教[2021项目资金")
    assert document(text).unit == UNNAMED


FRAGMENT = (
    "一、2015年部门决算公开中三公经费部分增减变化情况说明\n"
    "2015年部门决算公开“三公”经费合计31.23万元,其中:公务接待费1.58万元。\n"
    "我单位公务用车运行维护费28.91万元。\n"
)


def test_a_titles_fragment_is_no_unit():
    assert document(FRAGMENT).unit == UNNAMED
    assert is_title_fragment("年部门决算公开中三公经费部分增减变化情况说明")


def test_names_with_budget_words_stay_names():
    assert not is_title_fragment("样例县预算评审中心")
    assert not is_title_fragment("样例市预算绩效管理中心")
    assert not is_title_fragment("样例市年度考核办公室")  # 年 inside a name, not opening it


CELLS = (
    "第二部分 2022年度部门决算情况说明\n"
    "一、收入支出决算总体情况说明\n"
    "本年收入合计30万元。与上年决算相比,增加1万元。\n"
    "二、决算单位构成\n"
    "|\n序号\n|\n单位名称\n|\n|\n1\n|\n样例市某某协会部门(本级)\n|\n|\n2\n|\n样例市某某服务中心\n|\n"
)


def test_a_name_in_a_flattened_table_signs_nothing():
    assert document(CELLS).unit == UNNAMED
    at = CELLS.index("样例市某某服务中心")
    assert in_table_cell(CELLS, at)


def test_a_plain_signature_line_still_signs():
    text = CELLS.split("二、")[0] + "\n样例市某某服务中心\n2023年3月1日\n"
    assert document(text).unit == "样例市某某服务中心"
    assert not in_table_cell(text, text.index("样例市某某服务中心"))


TOTALS = (
    "二、部门机构设置及决算单位构成情况\n"
    "本部门下属单位包括:样例市某某服务中心。\n"
    "第二部分 2022年度部门决算情况说明\n"
    "一、收入支出决算总体情况说明\n"
    "样例市某某联合会部门2022年度收入、支出决算总计60万元。与上年决算相比,各增加1万元。\n"
)


def test_a_totals_sentence_names_the_department():
    assert document(TOTALS).unit == "样例市某某联合会"


def test_a_subordinate_or_a_name_inside_a_sentence_is_not_the_department():
    text = TOTALS.replace("样例市某某联合会部门2022年度", "根据样例市财政局要求,2022年度")
    assert document(text).unit == UNNAMED


DUTIES = (
    "第一部分 概况\n"
    "一、部门主要职责\n"
    "样例县某某绿化服务中心贯彻落实全民义务植树的组织、动员工作。\n"
    "二、部门决算单位机构设置情况\n"
    "第三部分 2019年度部门决算情况说明\n"
    "本年收入合计32.5万元,其中:财政拨款收入32.5万元。\n"
)


def test_the_duties_first_sentence_names_the_unit():
    assert document(DUTIES).unit == "样例县某某绿化服务中心"


def test_a_name_not_under_the_duties_heading_names_no_unit():
    text = DUTIES.replace("一、部门主要职责\n", "一、部门概况\n本年度工作如下。\n")
    assert document(text).unit == UNNAMED
    unplaced = DUTIES.replace("样例县某某绿化服务中心", "本中心")
    assert document(unplaced).unit == UNNAMED


LEVEL_FIRST = (
    "2016年市本级财政拨款“三公”经费情况说明\n\n"
    "来源:市财政局2016-05-11\n\n"
    "经样例市财政局汇总,样例市本级部门,包括市级行政单位、事业单位使用当年一般公共预算拨款安排的"
    "2016年“三公”经费预算为190万元,其中,公务接待费74万元。\n"
)


def test_an_areas_level_named_before_the_year_names_the_area():
    assert document(LEVEL_FIRST).unit == "样例市"


def test_without_本级_the_bureau_names_no_area():
    text = LEVEL_FIRST.replace("样例市本级部门", "各部门")
    assert document(text).unit != "样例市"


# -- class 2: kinds ----------------------------------------------------------------------------

PROJECT = "样例县某某局2022年某某资金项目绩效自评报告\n一、项目基本情况\n"


def test_a_projects_total_investment_is_its_budget_and_its_parts_too():
    text = PROJECT + "项目总投资30.5万元,其中:中央资金30万元,自筹资金5000元。\n"
    assert kinds(text) == [("30.5万元", "BUDGET"), ("30万元", "BUDGET"), ("5000元", "BUDGET")]


def test_an_investment_that_is_no_projects_total_stays_other():
    text = PROJECT + "产出目标:年度完成固定资产投资20亿元以上。\n"
    assert dict(kinds(text))["20亿元"] == "OTHER"


def test_money_said_to_have_arrived_after_it_is_revenue_even_under_a_total():
    text = PROJECT + "项目总投资30.5万元,其中:中央资金30万元,已下拨到位。自筹资金5000元,已完成自筹。\n"
    got = kinds(text)
    assert got[1] == ("30万元", "REVENUE")
    assert got[2] == ("5000元", "REVENUE")


def test_an_amount_with_its_own_kind_word_keeps_it_before_an_arrival():
    text = PROJECT + "项目总投资30.5万元,其中:已支出资金30万元,已下拨到位。\n"
    assert kinds(text)[1] == ("30万元", "SPENDING")


def test_a_projected_income_is_planned():
    text = PROJECT + "项目实施后预计年收入租金2万元,带动某某村集体经济收入共2万元。\n"
    assert [k for _, k in kinds(text)] == ["PLANNED", "PLANNED"]


def test_an_income_done_after_a_projection_stays_revenue():
    text = PROJECT + "原预计年收入3万元,实际收入租金2万元。\n"
    assert kinds(text)[-1] == ("2万元", "REVENUE")
    assert kinds(PROJECT + "本年收入租金2万元。\n") == [("2万元", "REVENUE")]


def test_an_amount_behind_a_goals_label_is_planned():
    text = PROJECT + "2、项目年度绩效目标。其中,投入目标:市级财政投入金额2000万元,资金到位率100%。\n"
    assert kinds(text) == [("2000万元", "PLANNED")]


def test_an_amount_far_from_or_done_after_a_goals_label_keeps_its_reading():
    done = PROJECT + "投入目标:已实际投入金额2000万元。\n"
    assert kinds(done) != [("2000万元", "PLANNED")]
    later = PROJECT + "投入目标:到位率100%。项目金额2000万元。\n"
    assert kinds(later) != [("2000万元", "PLANNED")]


NOTE = "样例区2016年“三公”经费预算情况说明\n"


def test_a_three_public_budget_allocated_in_is_a_budget():
    text = NOTE + "2016年三公经费预算拨入33万元,2015年三公经费预算拨入57.55万元。\n"
    assert [k for _, k in kinds(text)] == ["BUDGET", "BUDGET"]
    assert kinds(NOTE + "本年财政拨入33万元。\n") == [("33万元", "REVENUE")]


def test_an_item_named_with_费用_under_a_budget_total_is_budgeted():
    text = (
        NOTE + "2016年“三公”经费预算为190万元,其中,公务用车购置及运行维护费111万元(其中,"
        "公务用车购置费25万元,其他交通工具购置14万元,其他交通费用28万元)。\n"
    )
    assert dict(kinds(text))["28万元"] == "BUDGET"


def test_a_spent_word_before_an_item_still_names_spending():
    text = NOTE + "2016年“三公”经费预算为190万元,其中,公务接待费支出费用28万元。\n"
    assert dict(kinds(text))["28万元"] == "SPENDING"


def test_a_fee_inside_the_name_of_a_fund_handed_down_is_no_spending():
    text = (
        PROJECT + "-提前下达2020年城乡义务教育经费保障机制中央和市级资金-校舍维修9.8万元;\n"
    )
    assert kinds(text) == [("9.8万元", "BUDGET")]
    spent = PROJECT + "-下达资金已使用经费9.8万元;\n"
    assert kinds(spent) != [("9.8万元", "BUDGET")]


def test_a_bare_less_after_a_compared_figure_is_the_change():
    text = NOTE + "1、决算车辆运行维护费用2.94万元,比去年3.01万元少0.07万元,基本持平;\n"
    assert kinds(text) == [("2.94万元", "SPENDING"), ("3.01万元", "SPENDING"), ("0.07万元", "CHANGE")]


def test_more_or_less_without_a_compared_figure_changes_nothing():
    text = NOTE + "公务接待费用4万元,接待人数较多。\n"
    assert kinds(text) == [("4万元", "SPENDING")]


# -- class 3: a 三公 table counted by its 行次 row ----------------------------------------------

HEADS = (
    "三公经费项目 |\n合计 |\n因公出国(境)费 |\n公务用车购置及运行费 |\n公务接待费 |\n小计 |\n"
    "公务用车\n购置费 |\n公务用车\n运行费 |\n小计 |\n行政运行 |\n其他支出 |\n"
    "行次 |\n1 |\n2 |\n3 |\n4 |\n5 |\n6 |\n7 |\n8 |\n"
)
ROWS = (
    "2015年度预算数 |\n5.20 |\n0.00 |\n3.20 |\n0.00 |\n3.20 |\n2.00 |\n2.00 |\n以前年度结转资金9.80 |\n"
    "2015年度决算数 |\n6.90 |\n0.00 |\n2.90 |\n0.00 |\n2.90 |\n4.00 |\n0.30 |\n3.70 |\n"
    "2014年度决算数 |\n4.00 |\n0.00 |\n3.00 |\n0.00 |\n3.00 |\n1.00 |\n0.40 |\n0.60 |\n"
    "决算对比 |\n2.90 |\n0.00 |\n-0.10 |\n0.00 |\n-0.10 |\n3.00 |\n-0.10 |\n3.10 |\n"
)
COUNTED = "样例中心2015年“三公”经费决算说明\n公务接待费用4万元。\n(单位:万元)\n" + HEADS + ROWS


def test_a_counted_三公_table_reads_every_row_by_its_kind():
    got = [(w, k, y) for w, k, y, _ in found(COUNTED)][1:]
    assert len(got) == 32
    assert got[0] == ("5.20", "BUDGET", Decimal("52000"))
    assert got[7] == ("9.80", "CARRY_OVER", Decimal("98000"))  # 以前年度结转资金9.80: its words
    assert got[8] == ("6.90", "SPENDING", Decimal("69000"))
    assert got[16] == ("4.00", "SPENDING", Decimal("40000"))
    assert got[26] == ("0.10", "CHANGE", Decimal("1000"))  # -0.10: the magnitude, sign left out


def test_its_column_names_come_from_the_expansion_that_checks():
    money = extract(COUNTED, "f.txt").money
    labels = [m.label for m in money if m.rule == "three-public-grid"]
    assert labels[2] == "2015年度预算数 公务用车购置及运行费 小计"
    assert labels[7] == "2015年度预算数 公务接待费 其他支出: 以前年度结转资金"


def test_a_counted_table_whose_sums_fail_is_not_read():
    broken = COUNTED.replace("6.90 |", "7.90 |")
    assert not any(k for w, k, _, _ in found(broken)[1:] if w in ("6.90", "7.90", "2.90"))


def test_a_row_whose_label_names_no_kind_stops_the_table():
    other = COUNTED.replace("2014年度决算数 |", "备注 |")
    read = [k for _, k, _, _ in found(other)[1:] if k]
    assert len(read) == 16  # the budget and 决算 rows before it only


def test_a_minus_in_a_budget_row_is_not_read():
    minus = COUNTED.replace("5.20 |\n0.00 |\n3.20", "5.20 |\n0.00 |\n-3.20", 1)
    assert all(k is None for w, k, _, _ in found(minus) if w in ("3.20", "-3.20"))


# -- two units' reports under one part heading -----------------------------------------------

PART = (
    "第二部分 2022年度部门决算情况说明\n"
    "一、收入支出决算总体情况说明\n"
    "{unit}部门2022年度收入、支出决算总计{amount}万元。与上年决算相比,各增加1万元。\n"
)


def test_two_units_reports_under_one_part_heading_are_two_reports(tmp_path):
    first, second, again = (tmp_path / f"{n}.txt" for n in ("a", "b", "c"))
    first.write_text(PART.format(unit="样例市某某联合会", amount="60"), encoding="utf-8")
    second.write_text(PART.format(unit="样例县某某委员会", amount="70"), encoding="utf-8")
    again.write_text(PART.format(unit="样例市某某联合会", amount="80"), encoding="utf-8")
    into = tmp_path / "seed"
    ingest(first, into)
    ingest(second, into)  # another unit: another report
    with pytest.raises(IngestError, match="already holds a report with this title and year"):
        ingest(again, into)  # the same unit, the same title and year: another form of it
