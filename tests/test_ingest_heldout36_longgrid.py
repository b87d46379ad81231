"""A bordered funds grid of many rows: the thirty-sixth held-out trial (texts 475–496) left
a 支出明细 grid ``支出内容 | 计划支出数(万元) | 实际支出数(万元) | ||||||||`` neither read nor
listed: its 计划支出数 head was no column, its rows' empty cells ``||||||||`` used up the cells
looked at, and rows past the twelfth were dropped. Held on fictional text."""

from __future__ import annotations

from fictional_text import kinds
from govkg.ingest.tables.tablecells import column

REPORT = "青岚市某某中心2033年度项目支出绩效评价报告\n\n二、项目支出明细情况\n\n"
HEAD = "支出内容 | 计划支出数(万元) | 实际支出数(万元) | ||||||||\n"


def _rows(count: int) -> str:
    return "".join(
        f"第{n}片区维护费 | {n + 10}.50 | {n + 9}.25 | ||||||||\n" for n in range(1, count + 1)
    )


def test_a_planned_column_beside_the_spent_one_is_a_budget():
    text = REPORT + "支出内容 | 计划支出数(万元) | 实际支出数(万元)\n河道保洁 | 88.00 | 80.40\n"
    assert kinds(text) == [("88.00", "BUDGET"), ("80.40", "SPENDING")]


def test_every_row_of_a_long_bordered_grid_is_read():
    text = REPORT + HEAD + _rows(15) + "支出合计 | 300.00 | 280.00 | ||||||||\n\n三、项目绩效情况\n"
    found = kinds(text)
    assert len(found) == 32
    assert found[-2:] == [("300.00", "BUDGET"), ("280.00", "SPENDING")]


def test_a_planned_head_of_no_money_is_no_money_column():
    assert column("计划完成数") is None
    assert column("计划开工时间") is None
    assert column("计划支出数(万元)") == "BUDGET"


def test_a_comma_cell_under_a_declared_unit_is_listed():
    text = (
        REPORT + "州市 |\n资金(万元) |\n东片 |\n1,204.00 |\n西片 |\n782.00 |\n合计 |\n1,986.00 |\n"
        "(二)评价结论。\n"
    )
    assert ("1,986.00", None) in kinds(text)
