"""Form cells the twenty-second held-out trial found neither read nor listed (texts 277, 280,
282), each class held on fictional text with the cases it must not fire on.

- a glued funds row's 其中 row naming its sources with 、 (``gluedfunds``);
- fields carrying their unit in a form flattened one cell a line (``unitfields``);
"""

from __future__ import annotations

from fictional_text import found, kinds

# -- gluedfunds: a 其中 row whose label lists its sources with 、 ---------------------------

GLUED = (
    "2021年度县级专项资金绩效目标自评表\n"
    "专项资金名称县级河道保洁县级主管部门青岚县水务局实施单位河道股"
    "项目资金(万元)全年预算数(A)全年执行数(B)执行率(B/A)"
    "年度资金总额86.486.4100%{part}其他资金年度总体目标年初设定目标"
)


def test_a_part_row_naming_its_sources_with_commas_is_cut_by_its_rate():
    got = kinds(GLUED.format(part="其中:中央、省、市补助县级资金86.486.4100%"))
    assert got == [("86.4", "BUDGET"), ("86.4", "SPENDING")] * 2


def test_a_part_row_whose_rate_proves_no_cut_is_not_read():
    # 86.4 / 86.4 is 100%, not 90%: no cut of the 其中 row is proven
    got = kinds(GLUED.format(part="其中:中央、省、市补助县级资金86.486.490%"))
    assert got == [("86.4", "BUDGET"), ("86.4", "SPENDING")]


def test_a_part_over_the_total_is_not_read():
    got = kinds(GLUED.format(part="其中:中央、省补助资金96.496.4100%"))
    assert got == [("86.4", "BUDGET"), ("86.4", "SPENDING")]


# -- unitfields: a form flattened one cell a line -----------------------------------------

LINES = (
    "青岚县2022年度助残项目支出绩效自评报告\n\n项目单位\n\n青岚县残联\n\n"
    "计划安排资金\n\n(万元)\n\n80\n\n实际到位资金\n\n(万元)\n\n80\n\n"
    "实际支出\n\n(万元)\n\n{spent}\n\n结余(万元)\n\n0\n\n"
    "其中:中央财政\n\n其中:中央财政\n\n其中:中央财政\n\n其中:中央财政\n\n"
    "县财政\n\n80\n\n县财政\n\n80\n\n县财政\n\n80\n\n县财政\n\n"
    "{other}"
    "二、项目支出明细情况\n"
)


def test_fields_one_cell_a_line_are_read_and_their_source_rows_placed_by_order():
    got = kinds(LINES.format(spent="84.5", other="其它\n\n其它\n\n其它\n\n4.5\n\n其它\n\n"))
    assert got == [
        ("80", "BUDGET"),
        ("80", "REVENUE"),
        ("84.5", "SPENDING"),
        ("0", "CARRY_OVER"),
        ("80", "BUDGET"),
        ("80", "REVENUE"),
        ("80", "SPENDING"),
        ("4.5", "SPENDING"),  # after the third 其它: the third field's
    ]


def test_two_figures_after_one_label_are_listed_unread():
    other = "其它\n\n其它\n\n4.5\n\n4.5\n\n其它\n\n其它\n\n"
    got = found(LINES.format(spent="84.5", other=other))
    unread = [(k, r) for w, k, _, r in got if w == "4.5"]
    assert len(unread) == 2
    assert all(k is None and r for k, r in unread)
    assert ("80", "SPENDING") in [(w, k) for w, k, _, _ in got]


def test_one_label_with_its_unit_is_no_run_of_fields():
    text = "青岚县2022年度助残项目支出绩效自评报告\n\n工作总结\n\n慰问金\n\n(万元)\n\n12\n\n走访困难家庭\n\n36户\n"
    assert kinds(text) == []


def test_a_label_line_then_a_figure_line_in_a_news_item_is_not_read():
    text = "青岚县2022年度助残项目支出绩效自评报告\n\n召开残疾人工作会议\n\n会议要求\n\n2\n\n各乡镇\n\n3\n\n通报了全年工作。\n"
    assert kinds(text) == []
