"""Trial 64's 1307, by class, on a fictional text: a budget's 收支总体情况表 whose two sides share
one money head (tables/samecolumnsides), the head written 预算 without 数 (项 目 | 预算 | 项 目 |
预算), the table flattened one cell a line with its bars. Before, none of its figures was read
(the head was no money head); now each figure under it is a budget, in the declared unit, with
its row's label. Heads of two kinds (预算 | 决算数), or a 预算 head on one side only, read
nothing this way. Test material, fictional."""

from __future__ import annotations

from fictional_text import found

TITLE = "样例局2035年部门预算情况说明\n一、收入预算说明\n2035年收入预算506.28万元。\n"
TABLE = (
    "表1 |\n|||\n收支总体情况表 |\n|||\n单位:万元 |\n|||\n收 入 |\n支 出 |\n||\n"
    "项 目 |\n{h1} |\n项 目 |\n{h2} |\n"
    "一、预算拨款 |\n506.28 |\n一、一般公共服务支出 |\n0.00 |\n"
    "二、财政专户拨款 |\n0.00 |\n二、公共安全支出 |\n448.22 |\n"
    "三、其他资金 |\n0.00 |\n三、社会保障和就业支出 |\n58.06 |\n"
)


def _cells(text):
    return [(w, k) for w, k, _, r in found(TITLE + text) if "万" not in w and r is None]


def test_bare_budget_heads_read_every_cell_as_a_budget():
    read = _cells(TABLE.format(h1="预算", h2="预算"))
    assert read == [
        ("506.28", "BUDGET"),
        ("0.00", "BUDGET"),
        ("0.00", "BUDGET"),
        ("448.22", "BUDGET"),
        ("0.00", "BUDGET"),
        ("58.06", "BUDGET"),
    ]


def test_heads_of_two_kinds_or_one_side_only_read_nothing_this_way():
    for h1, h2 in (("预算", "决算数"), ("预算", "金额"), ("金额", "预算")):
        assert _cells(TABLE.format(h1=h1, h2=h2)) == [], (h1, h2)
