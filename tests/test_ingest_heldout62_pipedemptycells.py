"""Trial 62's 1263, by class, on fictional texts: a whole-department form's revenue-by-source grid
(tables/sourcegrid) flattened one cell a line with a bar line after each cell, an empty cell a bar
alone and a bars-only line closing each row (tables/pipedrow). Before, the empty cells were
dropped, so a row's last figure (其他收入) had no column, and the head 上-结转 (年 printed as a
dash) was not a head: every cell was listed unread. Now each row cut with its empty cells into
as many cells as heads is read where its figures add up to its 收入合计, every row of the grid;
a row that does not add up, or a cell over two lines, stays unread. Test material, fictional."""

from __future__ import annotations

from fictional_text import found

HEAD = ["机构名称", "收入合计", "其中:", None, "上-结转", "公共财政拨款", "政府基金拨款"]
HEAD += ["纳入专户管理的非税收入拨款", "其他收入", None]


def _grid(rows: list[list[str]]) -> str:
    lines = ["样例中心2035年度部门整体支出绩效评价自评报告", "二、部门收支情况", "|"]
    lines += ["-度收入情况(万元)", "|", "||||||||||"]
    for cell in HEAD:
        lines += [cell, "|"] if cell else ["|||||||||"]
    for row in rows:
        lines += [row[0], "|"]
        for cell in row[1:]:
            lines += [cell, "|"] if cell else ["|"]
        lines.append("|||||||||||")
    return "\n".join(lines) + "\n部门(单位)年度支出情况\n"


ROWS = [
    ["局机关及二级机构汇总", "120.40", "20.10", "70.20", "", "", "30.10"],
    ["1、局机关", "90.30", "15.10", "50.20", "", "", "25"],
    ["2、二级机构1", "30.10", "5", "20", "", "", "5.10"],
    ["3、二级机构2", "", "", "", "", "", ""],
]


def test_each_row_cut_with_its_empty_cells_is_read_where_it_adds_up():
    money = [(w, k) for w, k, _, r in found(_grid(ROWS)) if r is None]
    assert money == [
        ("120.40", "REVENUE"),
        ("20.10", "CARRY_OVER"),
        ("70.20", "REVENUE"),
        ("30.10", "REVENUE"),
        ("90.30", "REVENUE"),
        ("15.10", "CARRY_OVER"),
        ("50.20", "REVENUE"),
        ("25", "REVENUE"),
        ("30.10", "REVENUE"),
        ("5", "CARRY_OVER"),
        ("20", "REVENUE"),
        ("5.10", "REVENUE"),
    ]


def test_a_row_that_does_not_add_up_stays_unread():
    rows = [ROWS[0], ["1、局机关", "90.30", "15.10", "50.20", "", "", "26"]]
    money = {w: (k, r is None) for w, k, _, r in found(_grid(rows))}
    assert money["120.40"] == ("REVENUE", True)
    assert money["26"] == (None, False)
    assert money["50.20"] == (None, False)


def test_an_empty_cell_lost_leaves_the_row_unread():
    rows = [["局机关及二级机构汇总", "120.40", "20.10", "70.20", "", "30.10"]]  # one bar short
    money = [(w, k) for w, k, _, r in found(_grid(rows)) if r is None]
    assert money == []
