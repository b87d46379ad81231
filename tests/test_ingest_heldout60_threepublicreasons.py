"""Trial 60's 1188, by class, on fictional texts: a piped 三公 budget table of two years and their
change, its change column headed by the year alone (2036年预算数增减) and a last column of reasons
in words (增减原因), is read as the template's (``tables.threepublicyears``): each year's cells of
its head's kind and year, the change where the two years differ by it. Under no title (an excerpt
opening on the unit line) the rows must name two 三公 items; a 说明 the cleaning joined to the last
row ends the table. Before, 1188's cells were listed unread or missing. A table whose sums do
not check, or untitled rows naming no 三公 items, are left to the other rules. Test material,
fictional."""

from __future__ import annotations

from fictional_text import kinds

TABLE = (
    "单位:万元 | ||||\n项目 | 2035年预算数 | 2036年预算数 | 2036年预算数增减 | 增减原因 |\n"
    "合计 | 30.50 | 32.00 | 1.50 | |\n"
    "1、因公出国(境)费用 | 0 | 0 | 0 | 从严控制出国经费。 |\n"
    "2、公务接待费 | 12.50 | 10.00 | -2.50 | 减少公务接待。 |\n"
    "3、公务用车费 | 18.00 | 22.00 | 4.00 | |\n"
    "其中:(1)公务用车运行维护费 | 18.00 | 16.00 | -2.00 | 厉行节约。 |\n"
    "(2)公务用车购置费 | 0 | 6.00 | 6.00 | 新增执法车辆。 |"
    "说明:1、“三公”经费包括因公出国(境)费、公务用车购置及运行费和公务接待费。 | ||||"
    "青岚县2036年“三公”经费预算增减变化情况说明\n2036年,全县“三公”经费预算32.00万元。\n"
)
CELLS = [
    ("30.50", "BUDGET"), ("32.00", "BUDGET"), ("1.50", "CHANGE"),
    ("0", "BUDGET"), ("0", "BUDGET"), ("0", "CHANGE"),
    ("12.50", "BUDGET"), ("10.00", "BUDGET"), ("2.50", "CHANGE"),
    ("18.00", "BUDGET"), ("22.00", "BUDGET"), ("4.00", "CHANGE"),
    ("18.00", "BUDGET"), ("16.00", "BUDGET"), ("2.00", "CHANGE"),
    ("0", "BUDGET"), ("6.00", "BUDGET"), ("6.00", "CHANGE"),
]  # fmt: skip


def _cells(text: str) -> list[tuple[str, str | None]]:
    return [(w, k) for w, k in kinds(text) if not w.endswith("元")]


def test_a_two_year_table_with_a_reason_column_is_read():
    assert _cells(TABLE) == CELLS


def test_sums_that_miss_or_rows_naming_no_three_public_items_are_not_read_so():
    missed = TABLE.replace("合计 | 30.50", "合计 | 30.60")
    assert ("30.60", "BUDGET") not in _cells(missed)
    assert all(kind is None for _, kind in _cells(missed))
    other = TABLE.replace("因公出国(境)费用", "办公费").replace("公务接待费", "印刷费")
    other = other.replace("公务用车", "设备")
    assert all(kind is None for _, kind in _cells(other))
