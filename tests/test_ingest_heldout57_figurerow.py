"""A line of figure cells only, under a table's 金额单位:元, whose columns no rule tells (trial 57's
1067, a hospital's 收支决算总表 whose 合计 row the cleaning joined two cells a line: missing
before): each cell is listed unread with its reason, never lost; a cell below zero is listed
with no amount (0 stands for none). Test material, fictional."""

from __future__ import annotations

from decimal import Decimal

from govkg.ingest.extract import extract
from govkg.ingest.tables.declaredcells import BELOW_ZERO_REASON, ROW_REASON

TABLE = (
    "样例县人民医院医改信息公开\n"
    "2031年医疗卫生计生机构收支决算总表(按功能分类) |\n|\n"
    "编制单位:样例县人民医院 |\n|\n"
    "金额单位:元 |\n|\n"
    "项目 |\n上年结转和结余 |\n本年收入 |\n本年支出 |\n收支结余 |\n年末结转和结余 |\n|\n"
    "其中:财政拨款收入 |\n其中:财政拨款支出 |\n|\n"
    "栏次 |\n1 |\n2 |\n3 |\n4 |\n5 |\n6 |\n|\n"
    "合计 |\n|\n|\n"
    "{row}"
)


def _unread(text: str):
    return [m for m in extract(text, "fictional.txt").money if m.kind is None]


def test_a_row_of_figures_is_listed_unread_cell_by_cell():
    row = "52,011,988.25 |1,606,424.00 ||\n60,496,088.25 |1,606,424.00 ||\n"
    listed = _unread(TABLE.format(row=row))
    assert [m.as_written for m in listed] == [
        "52,011,988.25", "1,606,424.00", "60,496,088.25", "1,606,424.00"
    ]
    assert listed[0].amount == Decimal("52011988.25")
    assert all(m.reason == ROW_REASON.format(unit="元") for m in listed)


def test_a_cell_below_zero_is_listed_with_no_amount():
    row = "52,011,988.25 |1,606,424.00 ||\n-8,484,100.00 |-8,484,100.00 ||\n"
    below = [m for m in _unread(TABLE.format(row=row)) if m.as_written == "-8,484,100.00"]
    assert len(below) == 2
    assert all(m.amount == 0 for m in below)
    assert below[0].reason == BELOW_ZERO_REASON.format(unit="元", cell="-8,484,100.00")


def test_a_row_with_words_is_not_this_rules():
    row = "一般公共服务支出 12.50 |13.25 ||\n"
    assert all(m.reason != ROW_REASON.format(unit="元") for m in _unread(TABLE.format(row=row)))
