"""Form cells the twenty-second held-out trial found neither read nor listed (texts 277, 280,
282), each class held on fictional text with the cases it must not fire on.

- a glued funds row's 其中 row naming its sources with 、 (``gluedfunds``);
- fields carrying their unit in a form flattened one cell a line (``unitfields``);
- a form whose column heads state their formulas, read row by row where the row satisfies
  them (``formulacolumns``), and a (万元) opening its heads' line declaring their unit
  (``loosecells``).
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
    got = found(GLUED.format(part="其中:中央、省、市补助县级资金86.486.490%"))
    assert [(w, k) for w, k, _, _ in got if k] == [("86.4", "BUDGET"), ("86.4", "SPENDING")]
    # the glued run is listed unread whole, no amount (0), its reason naming the run
    listed = [(w, a, r) for w, k, a, r in got if k is None]
    assert [(w, a) for w, a, _ in listed] == [("86.486.490", 0)]
    assert "run together" in listed[0][2]
    assert "(86.486.490%)" in listed[0][2]


def test_a_part_over_the_total_is_not_read():
    got = found(GLUED.format(part="其中:中央、省补助资金96.496.4100%"))
    assert [(w, k) for w, k, _, _ in got if k] == [("86.4", "BUDGET"), ("86.4", "SPENDING")]
    # the glued run is listed unread whole, no amount (0), its reason naming the run
    listed = [(w, a, r) for w, k, a, r in got if k is None]
    assert [(w, a) for w, a, _ in listed] == [("96.496.4100", 0)]
    assert "run together" in listed[0][2]
    assert "(96.496.4100%)" in listed[0][2]


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


# -- formulacolumns: heads that state their formulas ---------------------------------------

HEADS = (
    "(万元) 年初部门预算安排金额(含历年结余结转)① 年中调整金额② 小计 年度拨付金额 "
    "支出实现率(%)⑤=④/③ 本年度结余金额⑥=③-④ 资金结余率(%)⑦=⑥/③\n"
    "  ③=①+②\n"
)
WHOLE = (
    "青岚县档案馆2021年部门整体支出绩效自评\n\n  部门整体支出绩效自评表\n\n( 2021 年度)\n\n"
    "部门(单位)名称 青岚县档案馆 部门预算编码 512003001\n"
    "财政资金安排和使用情况 资金结构 预算安排 拨付情况 结余情况\n"
    "{heads}"
    "财政资金小计 {row}\n"
    "① 项目支出 12 0 12 12 100 0 0\n"
    "2.单位其它收入 0 0 0 0 0 0 0\n"
    "年度总体目标完成情况 预期目标 目标实际完成情况\n"
    "做好档案收集和利用工作。 完成年度目标\n"
    + "全年围绕档案收集、整理、保管和利用开展工作,接待查档群众,完成馆藏档案数字化扫描," * 4
    + "\n"
)
GOOD = "52.4 6.85 59.25 58.8 99.24 0.45 0.76"


def test_a_row_satisfying_its_heads_formulas_is_read_with_the_heads_kinds():
    got = kinds(WHOLE.format(heads=HEADS, row=GOOD))
    assert got[:5] == [
        ("52.4", "BUDGET"),
        ("6.85", "BUDGET"),  # 年中调整 summed into the budget's 小计 (③=①+②)
        ("59.25", "BUDGET"),
        ("58.8", "SPENDING"),
        ("0.45", "CARRY_OVER"),
    ]
    assert ("12", "SPENDING") in got
    assert ("99.24", None) not in got  # a rate is no money, not even listed
    assert len(got) == 15


def test_a_row_failing_a_formula_is_listed_unread():
    # 62.4 + 3.15 is not 59.25 (the rates are 58.8 / 59.25 and 0.45 / 59.25 as written): nothing proves the row's cells stand in the heads' order
    got = found(WHOLE.format(heads=HEADS, row="62.4 3.15 59.25 58.8 99.24 0.45 0.76"))
    row = [(w, k, r) for w, k, _, r in got if w in {"62.4", "3.15", "59.25", "58.8", "0.45"}]
    assert len(row) == 5
    assert all(k is None and "formulas" in r for _, k, r in row)
    assert ("12", "BUDGET") in [(w, k) for w, k, _, _ in got]


def test_a_rate_off_its_formula_fails_the_row():
    got = kinds(WHOLE.format(heads=HEADS, row="52.4 6.85 59.25 58.8 98.5 0.45 0.76"))
    assert ("52.4", None) in got
    assert ("52.4", "BUDGET") not in got


def test_heads_stating_no_formula_read_nothing_but_their_decimal_cells_are_listed():
    plain = (
        "(万元) 年初部门预算安排金额① 年中调整金额② 小计③ 年度拨付金额④ 支出实现率(%)⑤ "
        "本年度结余金额⑥ 资金结余率(%)⑦\n"
    )
    got = found(WHOLE.format(heads=plain, row=GOOD))
    assert all(k is None for _, k, _, _ in got)
    assert "52.4" in [w for w, _, _, _ in got]  # loosecells: the (万元) opening the heads


def test_a_numeral_out_of_place_reads_nothing():
    swapped = HEADS.replace("年中调整金额②", "年中调整金额④")
    got = kinds(WHOLE.format(heads=swapped, row=GOOD))
    assert got
    assert all(k is None for _, k in got)


def test_a_unit_line_before_prose_with_formulas_is_no_form():
    text = (
        "青岚县档案馆2021年度部门整体支出绩效自评报告\n\n"
        "(万元) 说明 ①为年初数 ②为调整数 ③为合计\n"
        "全年 12 0 12 12 100 0 0\n" + "全年围绕档案收集、整理、保管和利用开展工作,接待查档群众," * 6
    )
    assert kinds(text) == []
