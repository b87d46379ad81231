"""Trial 52's 850, by class, on fictional texts: a 三公 table kept only as its head (合计 then
the three items) and one cell, which restates the prose's total that the items after it sum
to exactly, is read as that total; a cell equal to no such total, a total its parts do not
add up to, or heads in another order stay unread. Fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

NOTE = (
    "日期:2032-7-13\n单位:万元 |\n合计 |\n因公出国(境)费 |\n公务用车购置及运行费 |\n公务接待费 |\n"
    "{cell} |\n"
    "一、样例厅公开“三公经费”的范围\n样例厅本级及所属2家事业单位。\n"
    "二、样例厅2031年一般预算财政拨款安排的“三公经费”支出情况\n"
    "2031年,样例厅一般预算财政拨款安排的“三公经费”支出{total}万元,较上年减少10%,其中,"
    "因公出国(境)费100.50万元,较上年基本持平;公务用车购置及运行费200.25万元,较上年减少20%;"
    "公务接待费50.00万元,较上年减少5%。具体如下:\n"
)


def _cell(cell: str, total: str = "350.75", heads: str | None = None):
    text = NOTE.format(cell=cell, total=total)
    if heads is not None:
        text = text.replace("合计 |\n因公出国(境)费 |\n", heads)
    money = extract(text, "fictional.txt").money
    return next(m for m in money if m.as_written == cell)


def test_the_lone_cell_restating_the_summed_total_is_the_total():
    cell = _cell("350.75")
    assert (cell.kind, cell.year, cell.reason) == ("SPENDING", 2031, None)
    assert cell.label == "三公经费 合计"


def test_a_cell_equal_to_no_total_stays_unread():
    assert _cell("100.50").kind is None


def test_a_total_its_parts_do_not_add_up_to_leaves_the_cell_unread():
    assert _cell("360.75", total="360.75").kind is None


def test_heads_in_another_order_leave_the_cell_unread():
    assert _cell("350.75", heads="因公出国(境)费 |\n合计 |\n").kind is None
