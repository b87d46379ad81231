"""Trial 63's 1292 (a college's 2015 budget note), by class, on fictional texts: a table of two
years' budgets and their change flattened one cell a line, each cell closed by its bar, under
单位:万元 (项目 | / 2034年预算 | / 2035年预算 | / 增长额 | / 增长率 | / then each row's label and
cells; tables/barlinecompared). Missing before (no head named a kind the generic reader knows).
Each row its change proves is read: the years' cells budgets of their years, the change a
CHANGE whose minus sign is its direction. A row its change does not prove is listed unread; no
unit above the head, or the years in the wrong order, read nothing this way; a row with a lost
cell ends the table. Test material, fictional."""

from __future__ import annotations

from decimal import Decimal

from fictional_text import found

HEAD = "收入预算增减对比表\n单位:万元\n项目 |\n2034年预算 |\n2035年预算 |\n增长额 |\n增长率 |\n"
ROWS = [
    ("一、预算拨款", "1,200.00", "1,260.00", "60.00", "5.00%"),
    ("事业收入", "400.00", "380", "-20.00", "-5.00%"),
    ("本年收入合计", "1,600.00", "1,640.00", "40.00", "2.50%"),
]
TITLE = (
    "样例学院2035年部门预算情况说明\n一、收入预算说明\n(一)2035年收入预算总体情况\n"
    "2035年收入预算1,640.00万元,其中:预算拨款1,260.00万元。\n"
)
AFTER = "二、支出预算说明\n"


def _table(head=HEAD, rows=ROWS, joined=False):
    lines = []
    for row in rows:
        cells = [f"{cell} |" for cell in row]
        lines += [cells[0], " ".join(cells[1:])] if joined else cells
    return TITLE + head + "\n".join(lines) + "\n" + AFTER


def _read(text):
    return [(w, k, a) for w, k, a, r in found(text) if r is None and "万" not in w]


def _listed(text):
    return {w: r for w, _, _, r in found(text)}


def test_each_proven_row_is_read_as_budgets_and_their_change():
    read = _read(_table())
    assert read == [
        ("1,200.00", "BUDGET", Decimal("12000000.00")),
        ("1,260.00", "BUDGET", Decimal("12600000.00")),
        ("60.00", "CHANGE", Decimal("600000.00")),
        ("400.00", "BUDGET", Decimal("4000000.00")),
        ("380", "BUDGET", Decimal("3800000")),
        ("20.00", "CHANGE", Decimal("200000.00")),
        ("1,600.00", "BUDGET", Decimal("16000000.00")),
        ("1,640.00", "BUDGET", Decimal("16400000.00")),
        ("40.00", "CHANGE", Decimal("400000.00")),
    ]


def test_cells_a_page_joined_on_one_line_are_read_the_same():
    assert _read(_table(joined=True)) == _read(_table())


def test_a_row_its_change_does_not_prove_is_listed_unread():
    rows = [*ROWS[:1], ("事业收入", "400.00", "380", "-25.00", "-5.00%"), *ROWS[2:]]
    listed = _listed(_table(rows=rows))
    assert "not proven" in listed["380"]
    assert listed["1,260.00"] is None


def test_no_unit_above_or_years_out_of_order_read_nothing_this_way():
    for head in (HEAD.replace("单位:万元\n", ""), HEAD.replace("2034年预算", "2036年预算")):
        assert not any(k == "CHANGE" for _, k, _ in _read(_table(head=head)))
        assert ("1,260.00", "BUDGET", Decimal("12600000.00")) not in _read(_table(head=head))


def test_a_row_with_a_lost_cell_ends_the_table():
    rows = [*ROWS[:1], ("事业收入", "400.00", "380", "-5.00%"), *ROWS[2:]]
    read = _read(_table(rows=rows))
    assert ("60.00", "CHANGE", Decimal("600000.00")) in read
    assert not any(w in ("1,640.00", "40.00") for w, _, _ in read)
