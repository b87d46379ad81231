"""Trial 62's 1260, by class, on fictional texts: Hunan's 部门整体支出绩效评价基础数据表 run
together (tables/runonyeargrid), its caption 经费控制情况 and its three year heads on one line,
each row's label then its figures, a line broken wherever it was wrapped (公车运行维护 11.86 /
12 9.84). Before, every cell was listed unread (the heads and figures do not line up for the
general rule); now a row with one figure per head is read, each figure its head's kind and
year, and one short 其中: row is placed where its group's sums leave exactly its figures. A
row short of a figure with no sums to place it, a 政府采购 row, a glued run's row and a grid
with no unit declared stay unread. A cell with a stop after it (7.50. 25.36) is its figure, the
blank after the stop kept by the cleaning (text/textview). Test material, fictional."""

from __future__ import annotations

from fictional_text import found
from govkg.ingest.text.textview import clean_view

TITLE = "样例局2036年度部门整体支出绩效自评报告\n"
FORM = (
    TITLE + "附件3: 部门整体支出绩效评价基础数据表 填报单位: 单位:万元 财政供养人员情况 编制数\n\n"
)
HEADS = "经费控制情况 2035年决算数 2036年预算数 2036年决算数 "
GROUP = (
    "1、公务用车经费 10.40 40.20 35.30 其中:公车购置 {a} {b} 公车运行维护 10.40\n\n10.20 7.30\n\n"
)


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(w, k) for w, k, _, r in found(text) if r is None]


def test_a_row_wrapped_over_lines_is_read_under_its_heads():
    rows = "三公经费 20.50 30.20 25.10\n\n1、公务接待 5.50\n\n8 6.25\n\n2、出国经费\n\n"
    text = FORM + HEADS + rows + "部门整体支出绩效评价指标表 一级指标 得分\n"
    assert _read(text) == [
        ("20.50", "SPENDING"),
        ("30.20", "BUDGET"),
        ("25.10", "SPENDING"),
        ("5.50", "SPENDING"),
        ("8", "BUDGET"),
        ("6.25", "SPENDING"),
    ]


def test_a_short_part_row_is_placed_by_its_groups_sums():
    money = dict(_read(FORM + HEADS + GROUP.format(a="30", b="28") + "2、出国经费\n"))
    assert money["30"] == "BUDGET"  # 40.20 - 10.20: the 2036 budget column
    assert money["28"] == "SPENDING"  # 35.30 - 7.30


def test_a_short_row_its_sums_do_not_place_stays_unread():
    text = FORM + HEADS + GROUP.format(a="30", b="27") + "2、出国经费\n"
    money = {w: (k, r is None) for w, k, _, r in found(text)}
    assert money["30"] == (None, False)
    assert money["27"] == (None, False)
    assert money["40.20"] == ("BUDGET", True)


def test_a_purchase_row_and_a_glued_row_stay_unread():
    rows = "水电费 17.50 6.40.12.30 政府采购金额 16.10 30.60 30.60\n\n说明:无\n"
    assert _read(FORM + HEADS + rows) == []


def test_no_unit_declared_reads_nothing():
    form = TITLE + "附件3: 部门整体支出绩效评价基础数据表 财政供养人员情况(人) 编制数\n\n"
    assert _read(form + HEADS + "三公经费 20.50 30.20 25.10\n") == []


def test_a_cell_with_a_stop_after_it_is_its_figure():
    rows = "水电费 17.50 6.40. 12.30 会议费\n\n0 0.8\n\n0\n\n说明:无\n"
    assert _read(FORM + HEADS + rows) == [
        ("17.50", "SPENDING"),
        ("6.40", "BUDGET"),
        ("12.30", "SPENDING"),
        ("0", "SPENDING"),
        ("0.8", "BUDGET"),
        ("0", "SPENDING"),
    ]


def test_the_blank_after_a_figures_stop_is_kept_and_a_split_figure_still_closed_up():
    assert clean_view("水电费 17.50 6.40. 12.30\n").text == "水电费 17.50 6.40. 12.30\n"
    assert clean_view("合计231. 00万元\n").text == "合计231.00万元\n"
