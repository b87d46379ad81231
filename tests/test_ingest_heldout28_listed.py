"""Held-out trial 28: cells in a declared unit that no rule placed are listed unread (fictional
texts; ``tables/declaredcells``)."""

from __future__ import annotations

from decimal import Decimal

from govkg.ingest.tables.declaredcells import find_declared_cells
from govkg.ingest.text.textview import clean_view


def _found(text: str):
    return list(find_declared_cells(clean_view(text), 2020))


def test_a_sub_project_table_under_a_unit_amount_lists_its_cells():
    text = (
        "二、项目支出明细情况 (单位金额:万元) |\n支出内容 |\n实际支出数 |\n具体内容 |\n"
        "1、示范楼改造工程 |\n300.50 |\n工程款:280.25 管理费:20.25 |\n"
        "2、展厅建设 |\n100.00 |\n工程款:90.00 管理费:10.01 |\n尚欠尾款8.5 |\n"
    )
    found = {m.figure: m for m in _found(text)}
    assert set(found) == {"300.50", "280.25", "20.25", "100.00", "90.00", "10.01", "8.5"}
    assert all(m.kind is None for m in found.values())
    assert "实际支出数 300.50" in found["280.25"].reason
    assert "实际支出数 100.00" in found["10.01"].reason  # 100.01 against 100.00: one fen
    assert found["300.50"].amount == Decimal("3005000")


def test_label_figure_cells_and_a_glued_run_after_a_head_unit():
    text = (
        "年度预算申请(万元)年初预算数全年预算数全年执行数分值执行率得分"
        "年度资金总额88.1288.1288.1210100%10按收入性质分:88.12其中:基本支出:80.02"
        "项目支出:8.1其他资金:年度总体目标…"
    )
    found = _found(text)
    figures = [m.figure for m in found]
    assert figures[0] == "88.1288.1288.1210100"
    assert "run together" in found[0].reason
    assert figures[1:] == ["88.12", "80.02", "8.1"]


def test_a_one_column_budget_table_is_read_as_budget():
    text = (
        "表3\n单位名称:某县某局单位:万元\n项目2019年预算\n行政经费98.40 \n"
        "“三公”经费4.20 \n   1.公务用车运行维护费3.20 \n   (三)公务接待费支出1.00 \n注:\n"
        "1、行政经费包括基本支出和一般行政管理项目支出，具体包括办公费、印刷费、水电费、邮电费、"
        "取暖费、交通费、差旅费、会议费、福利费、物业管理费、日常维护费和专用材料费等。\n"
    )
    found = {m.figure: m.kind for m in _found(text)}
    assert found == {"98.40": "BUDGET", "4.20": "BUDGET", "3.20": "BUDGET", "1.00": "BUDGET"}


def test_scores_rates_counts_codes_and_years_are_not_listed():
    text = (
        "单位:万元\n项目 得分:9.5 执行率:98.50 比例:0.35 联系电话:0731.8888\n"
        "序号 3\n人数 12\n2019\nM102\n完成率 95.5%\n指标 9.50\n"
        "财政资金小计 130.54 58.07 188.61 0.08\n"
    )
    assert _found(text) == []


def test_no_declared_unit_no_cell():
    assert _found("支出内容\n实际支出数\n优抚解三难\n9.1\n工程款:3.50\n") == []
