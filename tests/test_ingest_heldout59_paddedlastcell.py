"""Trial 59's 1150, by class, on fictional texts: a budget's 收支总表 of bars whose two sides share
one 预算数 column (tables/samecolumnsides), each cell written with a blank before its bar
(690.36 |), the stored text ending on the last cell with that blank and no bar (…支出总计 |\\n
690.36␣): the cut fell after the cell's padding, so the figure is whole and read as its row's
(支出总计, a budget). Before, 1150's 支出总计 was listed unread. A last figure with no blank after it
(it may have lost digits) or in a table with no bars stays unread. Test material, fictional."""

from __future__ import annotations

from decimal import Decimal

from govkg.ingest.extract import extract

HEAD = (
    "2035年部门预算公开表\n样例镇财政所 |\n预算年度:2035 |\n单位:万元 | ||\n序号 |\n收入 |\n"
    "支出 | ||\n项 目 |\n预算数 |\n项 目 |\n预算数 | |\n栏次 |\n1 |\n2 |\n3 |\n4 |\n"
)
ROWS = (
    "1 |\n一、一般公共预算拨款收入 |\n310.40 |\n一、一般公共服务支出 |\n300.15 |\n"
    "2 |\n本年收入合计 |\n310.40 |\n本年支出合计 |\n320.55 |\n"
    "3 |\n上年结转结余 |\n10.15 |\n年终结转结余 |\n|\n"
    "4 |\n收入总计 |\n320.55 |\n支出总计 |\n320.55"
)


def _last(text: str) -> tuple[bool, str | None, Decimal]:
    money = extract(text, "fictional.txt").money
    last = max(money, key=lambda m: m.cites[0].end)
    assert last.as_written == "320.55"
    return last.reason is None, last.kind, last.amount


def test_the_last_cell_padded_before_its_lost_bar_is_read():
    assert _last(HEAD + ROWS + " ") == (True, "BUDGET", Decimal("3205500"))


def test_the_last_cell_with_no_blank_after_it_may_be_cut_and_stays_unread():
    read, _kind, _amount = _last(HEAD + ROWS)
    assert not read


def test_a_table_with_no_bars_keeps_its_last_figure_unread():
    unbarred = (HEAD + ROWS).replace(" |", "").replace("|", "") + " "
    money = extract(unbarred, "fictional.txt").money
    last = max(money, key=lambda m: m.cites[0].end)
    assert last.reason is not None  # listed, not read
