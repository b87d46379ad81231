"""Trials 63's 1276 and 1271, by class, on fictional texts: a budget's 收支总表 whose two sides
share one money head (tables/samecolumnsides), its heads written in other ways. 1276 (a school's
2017 收支總體情況表 on a traditional mirror): both heads name their year and carry a reading
(项目 | 2035年预算数(shù) | 项目 | 2035年预算数(shù)): the cells are budgets of that year; before,
all listed unread. 1271 (a women's federation's 财政拨款收支预算总表): the spending side's label
head says how its rows are classed (项目(按功能分类)) and its 预算数 splits under 小计 | 一般公共预算
财政拨款支出 | 政府性基金预算财政拨款支出: a figure after the 小计 figure, in a row written with all
its bars, is its sub-head's. Heads of two years, a row that lost a bar, and a sub-head row not
opening on 小计 read as before. Test material, fictional."""

from __future__ import annotations

from fictional_text import found
from govkg.ingest.extract import extract

TITLE = "样例中学2035年部门预算情况说明\n一、收入预算说明\n2035年收入预算1,656.04万元。\n"
SCHOOL = (
    "表1 | ||||||\n收支总体情况表 | ||||||\n单位名称:样例中学 | 单位:万元 | |||||\n"
    "收 入 | 支 出 | |||||\n项目 | {h1} | 项目 | {h2} | |||\n"
    "一、财政拨款 | 1,446.00 | 一、基本支出 | 1,656.04 | |||\n"
    "二、财政专户拨款 | 0.00 | 二、项目支出 | 0.00 | |||\n"
    "三、其他资金 | 210.04 | 三、事业单位经营支出 | 0.00 | |||\n"
)
FEDERATION = (
    "财政拨款收支预算总表\n单位:万元\n收 入 | 支 出 | ||||\n"
    "项 目 | 预算数 | 项目(按功能分类) | 预算数 | ||\n"
    "{sub} | 一般公共预算财政拨款支出 | 政府性基金预算财政拨款支出 | |||\n"
    "一、本年收入 | 97.85 | 一、本年支出 | {row}\n"
    "(一)一般公共预算财政拨款收入 | 97.85 | (一)一般公共服务支出 | |||\n"
)


def _read(text):
    return [(w, k, y) for w, k, y, r in found(TITLE + text) if r is None and "万" not in w]


def test_heads_naming_their_year_with_a_reading_read_the_cells_as_budgets():
    read = _read(SCHOOL.format(h1="2035年预算数(shù)", h2="2035年预算数(shù)"))
    assert [(w, k) for w, k, _ in read] == [
        ("1,446.00", "BUDGET"),
        ("1,656.04", "BUDGET"),
        ("0.00", "BUDGET"),
        ("0.00", "BUDGET"),
        ("210.04", "BUDGET"),
        ("0.00", "BUDGET"),
    ]


def test_the_year_a_head_names_is_the_cells_year():
    records = _money(SCHOOL.format(h1="2034年预算数", h2="2034年预算数"))
    assert len(records) == 6
    assert all(m.year == 2034 for m in records)


def test_heads_of_two_years_or_kinds_read_nothing_this_way():
    for h1, h2 in (("2034年预算数", "2035年预算数"), ("2034年决算数", "2035年预算数")):
        assert _read(SCHOOL.format(h1=h1, h2=h2)) == []


def test_a_classed_label_head_and_a_sub_head_place_read_every_figure():
    read = [(w, k) for w, k, _ in _read(FEDERATION.format(sub="小计", row="97.85 | 97.85 | |"))]
    assert read == [("97.85", "BUDGET")] * 4
    labels = [m.label for m in _money(FEDERATION.format(sub="小计", row="97.85 | 97.85 | |"))]
    assert "一、本年支出 一般公共预算财政拨款支出" in labels


def test_a_row_that_lost_a_bar_or_no_subtotal_head_leaves_the_second_figure_unread():
    for sub, row in (("小计", "97.85 | 97.85 |"), ("合计", "97.85 | 97.85 | |")):
        read = _read(FEDERATION.format(sub=sub, row=row))
        assert len(read) == 3, (sub, row)


def _money(text):
    money = extract(TITLE + text, "f.txt").money
    return [m for m in money if m.reason is None and "万" not in m.as_written]
