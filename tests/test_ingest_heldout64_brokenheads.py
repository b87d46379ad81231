"""Trial 64's 1338, by class, on fictional texts: a 三公 budget table flattened one cell a line,
a narrow column's head printed on two lines (公务 / 接待费), its heads nested (“三公”经费合计 /
因公出国(境)费 / 公务用车购置及运行费 / 公务 / 接待费 / 小计 / 公务用车购置费 / 公务用车运行费), then
its six figures. Before, the cut head counted as two columns and all six figures were listed
unread; now the two cells are one head (tables/brokenheads) and the nested grid reads each
figure as a budget under its column. A table whose sums do not hold still reads nothing, and
heads that each name an item or none stay apart. Test material, fictional."""

from __future__ import annotations

from fictional_text import found
from govkg.ingest.tables.brokenheads import joined_heads

NOTE = (
    "青岚区管委会2035年\n一般公共预算“三公”经费预算\n"
    "一、2035年一般公共预算“三公”经费支出预算表\n单位:万元\n"
    "“三公”经费合计\n因公出国(境)费\n公务用车购置及运行费\n公务\n接待费\n小计\n"
    "公务用车购置费\n公务用车运行费\n{cells}\n"
    "二、2035年一般公共预算“三公”经费支出预算情况说明\n"
    "青岚区管委会2035年一般公共预算“三公”经费支出预算为228.7万元。\n"
)
CELLS = "228.7\n20\n68.7\n33\n35.7\n140"


def _cells(text):
    return [(w, k, r is None) for w, k, _, r in found(text) if "万" not in w]


def test_a_head_cut_over_two_lines_is_one_column():
    read = _cells(NOTE.format(cells=CELLS))
    assert read == [(w, "BUDGET", True) for w in ("228.7", "20", "68.7", "33", "35.7", "140")]


def test_a_grid_whose_sums_fail_stays_unread():
    read = _cells(NOTE.format(cells=CELLS.replace("228.7", "229.7")))
    assert len(read) == 6
    assert all(k is None and not ok for _, k, ok in read)


def test_only_a_cut_item_name_joins():
    assert joined_heads(["合计", "公务", "接待费"]) == ["合计", "公务接待费"]
    assert joined_heads(["因公", "出国(境)费"]) == ["因公出国(境)费"]
    assert joined_heads(["小计", "公务用车购置费", "公务用车运行费"]) == [
        "小计",
        "公务用车购置费",
        "公务用车运行费",
    ]
    assert joined_heads(["合计", "其他"]) == ["合计", "其他"]
