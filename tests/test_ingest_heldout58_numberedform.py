"""The health sector's 收支决算总表 (form 国卫财01-1表), flattened one cell a line, has its cells
placed by the columns its 栏次 row numbers 1 to 26, as the national form fixes them (trial 58's
1118, 汨罗市第二人民医院, and trial 57's 1067, 汨罗市中医院: every figure listed unread before as
a row of figures whose columns the flattened text does not show). The year's income is
REVENUE, its spending SPENDING, the carry-overs and the balance CARRY_OVER; the balance's use
(结余分配) is listed unread with its column named; a cell below zero stays the unread rules'.
No form number, a 栏次 row that is not 1 to 26, a row longer or shorter than the form's, and a
table with no unit of money are not read here. Test material, fictional."""

from __future__ import annotations

from decimal import Decimal

from govkg.ingest.tables.numberedform import find_numbered_form
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView, clean_view

HEADS = (
    "样例县第三人民医院财务信息公示\n来源:卫健局\n日期:2032-01-16 16:42\n"
    "| 2031年医疗卫生机构收支决算总表(按功能分类) |\n|\n|\n国卫财01-1表 |\n|\n"
    "| 编制单位:样例县第三人民医院[单户表] |\n|\n金额单位:元 |\n|\n"
    "| 项目 |\n上年结转和结余 |\n本年收入 |\n本年支出 |\n收支结余 |\n用事业基金弥补收支差额 |\n"
    "结余分配 |\n年末结转和结余 |\n|\n"
    "| 支出功能分类科目编码 |\n科目名称 |\n合计 |\n基本支出结转 |\n项目支出结转和结余 |\n"
    "经营结余 |\n合计 |\n其中:财政拨款收入 |\n合计 |\n其中:财政拨款支出 |\n|\n"
    "| 类款项 |\n栏次 |\n" + "".join(f"{n} |\n" for n in range(1, 27)) + "|\n"
)


def _row(label: str, cells: dict[int, str], count: int = 26) -> str:
    return label + "".join(f"{cells[n]} |\n" if n in cells else "|\n" for n in range(1, count + 1))


TOTAL = {6: "1,200.50", 7: "300.00", 9: "1,100.50", 10: "300.00", 12: "100.00", 17: "40.00"}
FORM = HEADS + _row("|\n合计 |\n", TOTAL) + "|\n" + _row("| 210 |\n卫生健康支出 |\n", TOTAL) + "|\n"


def _read(text: str) -> list[tuple[str, str | None, Decimal, str]]:
    view = clean_view(text)
    view = TextView(view.source, simplified(view.text), view.origin)
    return [(m.as_written, m.kind, m.amount, m.label) for m in find_numbered_form(view, 2031)]


def test_each_cell_is_placed_by_its_numbered_column():
    read = _read(FORM)
    assert read[:6] == [
        ("1,200.50", "REVENUE", Decimal("1200.50"), "本年收入 合计 (合计)"),
        ("300.00", "REVENUE", Decimal("300.00"), "本年收入 其中:财政拨款收入 (合计)"),
        ("1,100.50", "SPENDING", Decimal("1100.50"), "本年支出 合计 (合计)"),
        ("300.00", "SPENDING", Decimal("300.00"), "本年支出 其中:财政拨款支出 (合计)"),
        ("100.00", "CARRY_OVER", Decimal("100.00"), "收支结余 合计 (合计)"),
        ("40.00", None, Decimal("40.00"), "结余分配 合计 (合计)"),
    ]
    assert read[6][3] == "本年收入 合计 (210 卫生健康支出)"
    assert len(read) == 12


def test_the_balances_use_is_listed_unread_with_its_column():
    view = clean_view(FORM)
    view = TextView(view.source, simplified(view.text), view.origin)
    unread = [m for m in find_numbered_form(view, 2031) if m.kind is None]
    assert "column 17 (结余分配 合计)" in unread[0].reason


def test_a_cell_below_zero_is_left_to_the_unread_rules():
    text = HEADS + _row("|\n合计 |\n", {**TOTAL, 12: "-100.00"}) + "|\n"
    assert [w for w, *_ in _read(text)] == ["1,200.50", "300.00", "1,100.50", "300.00", "40.00"]


def test_no_form_no_numbered_row_no_unit_or_a_row_not_the_forms_is_not_read():
    assert _read(FORM.replace("国卫财01-1表", "财决01表")) == []
    assert _read(FORM.replace("26 |\n", "", 1)) == []  # 栏次 1 to 25: another form
    assert _read(FORM.replace("用事业基金弥补收支差额 |\n", "")) == []  # a group missing
    assert _read(FORM.replace("金额单位:元", "")) == []
    longer = HEADS + _row("|\n合计 |\n", {**TOTAL, 27: "5.00"}, count=27)
    assert _read(longer) == []
    shorter = HEADS + "|\n合计 |\n" + "".join(f"{TOTAL[n]} |\n" for n in sorted(TOTAL))
    assert _read(shorter) == []
