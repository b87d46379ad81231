"""Trial 61's 1213, by class, on fictional texts: a 项目支出绩效自评表 row one cell short of its
six heads, its other blanks dashed (其中:当年财政拨款 130 130 - 100 -): where the lost cell stood
the text does not show, so a figure is read only where every place of the lost cell that fits
the heads gives it one kind (tables/lostcell through tables/selfeval_form). The first figure is
a budget whichever way (年初 or 全年: read BUDGET, 预算数); the second is a budget or the amount
executed, so it stays unread. Before, both were unread. A row two cells short reads nothing
here. Test material, fictional."""

from __future__ import annotations

from decimal import Decimal

from fictional_text import found
from govkg.ingest.tables.lostcell import lost_cell
from govkg.ingest.tables.selfeval_form import find_form_money
from govkg.ingest.text.textview import clean_view

FORM = (
    "青岚区样例局2035年样例检测经费项目支出绩效自评表\n"
    "项目名称 样例检测经费 主管部门 青岚区样例局 实施单位 青岚区样例局 "
    "项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 "
    "年度资金总额 60 60 60 10 100 10 其中:当年财政拨款 {row} 上年结转资金 - - 其他资金\n"
)


def _row(row: str) -> list[tuple[str | None, Decimal, bool]]:
    money = found(FORM.format(row=row))
    return [(k, a, r is None) for w, k, a, r in money if w == "60"][3:]  # the total's three first


def test_the_figure_every_place_of_the_lost_cell_budgets_is_read():
    assert _row("60 60 - 100 -") == [
        ("BUDGET", Decimal("600000"), True),
        (None, Decimal("600000"), False),
    ]


def test_a_row_two_cells_short_reads_nothing_here():
    assert [read for _k, _a, read in _row("60 - 100")] == [False]


def _form(row: str) -> list[tuple[str, str | None]]:
    """(label, kind) of each figure the form rule itself reads under the total row."""
    money = find_form_money(clean_view(FORM.format(row=row)), 2035)
    return [(m.label, m.kind) for m in money if not m.label.startswith("年度资金总额")]


def test_the_form_rule_reads_a_dashed_sub_row_and_nothing_else_this_way():
    assert _form("60 60 - 100 -") == [("当年财政拨款 预算数", "BUDGET")]
    assert _form("60 60 100 5 4") == []  # no blank dashed: the lost cell may be any
    total = FORM.replace("年度资金总额 60 60 60 10 100 10", "年度资金总额 60 60 - 100 -")
    money = find_form_money(clean_view(total.format(row="")), 2035)
    assert [m.label for m in money] == []  # a total row one cell short: a score may be lost


def test_lost_cell_reads_only_what_every_fitting_place_agrees_on():
    kinds = ["BUDGET", "BUDGET", "SPENDING", "POINTS", "RATE", "POINTS"]
    names = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    row = ["60", "60", "-", "100", "-"]

    def proven(cells: list[str], fits=lambda row: True):
        return lost_cell(cells, kinds, names, lambda at: "-", str.isdigit, fits)

    assert proven(row) == [(0, "BUDGET", None)]
    assert proven(row[:4]) == []  # two cells short
    assert proven(row, fits=lambda row: False) == []  # no reading fits the heads
    assert proven(row, fits=lambda row: row[0] == "-") == [
        (0, "BUDGET", "全年预算数"),
        (1, "SPENDING", "全年执行数"),
    ]
