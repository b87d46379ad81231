"""Trial 61's 1206, by class, on fictional texts: a budget's 收支预算总表 whose two sides share one
预算数 column (tables/samecolumnsides), flattened one cell a line with each cell's bar on the line
below it, an empty cell a bar line alone (一、公共预算拨款 / | / 404.77 / | / 二、政府性基金拨款 /
| / | /). Before, every figure was listed unread (the cell lines hold no bar); now each is read
with its row, a budget, and a spending row named by the funds it uses (3.日常公用经费) is
budgeted too. A cell line with no bar line below it ends the table; under 决算数 a 公用经费 row
names no kind and stays unread. Test material, fictional."""

from __future__ import annotations

from fictional_text import found

TITLE = "样例局2035年收支预算总表\n单位:万元\n收 入\n|\n支 出\n|\n||\n"


def _table(head: str, rows: list[tuple[str, str, str, str]]) -> str:
    lines = [c for cell in ("项 目", head, "项 目", head) for c in (cell, "|")]
    for row in rows:
        for cell in row:
            lines += [cell, "|"] if cell else ["|"]
    return TITLE + "\n".join(lines) + "\n"


ROWS = [
    ("一、公共预算拨款", "120.50", "一、基本支出", "90.50"),
    ("二、政府性基金拨款", "", "1.工资福利支出", "60.25"),
    ("三、事业收入", "", "2.日常公用经费", "30.25"),
    ("", "", "二、项目支出", "30.00"),
    ("本年收入合计", "120.50", "本年支出合计", "120.50"),
]


def test_each_cell_above_its_bar_line_is_read_with_its_row():
    money = [(w, k) for w, k, _, r in found(_table("预算数", ROWS)) if r is None]
    assert money == [
        ("120.50", "BUDGET"),
        ("90.50", "BUDGET"),
        ("60.25", "BUDGET"),
        ("30.25", "BUDGET"),
        ("30.00", "BUDGET"),
        ("120.50", "BUDGET"),
        ("120.50", "BUDGET"),
    ]


def test_a_funds_row_under_final_accounts_stays_unread():
    money = {w: (k, r is None) for w, k, _, r in found(_table("决算数", ROWS))}
    assert money["30.25"] == (None, False)  # 日常公用经费 under 决算数: no kind named
    assert money["60.25"] == ("SPENDING", True)


def test_a_cell_line_with_no_bar_below_ends_the_table():
    text = _table("预算数", ROWS[:1]) + "以上预算数\n99.50\n未列入表内。\n"
    money = {w: (k, r is None) for w, k, _, r in found(text)}
    assert money["90.50"] == ("BUDGET", True)
    assert money.get("99.50", (None, False))[1] is False  # past the table: never read as a cell
