"""The rules of corpus round 17 (project reports' forms), each held on fictional text with
cases it must not fire on: a self-evaluation form's funds row glued into one run of digits is
cut where its own 执行率 proves the cut (and its 其中 row where the total bounds it); an
indicator row's points cell glued to its target is cut where the form's points bound it.
"""

from __future__ import annotations

from decimal import Decimal

from fictional_text import found, kinds

# -- class 1: a funds row glued into one run of digits (gluedfunds) ----------------------------

FORM = (
    "样例县某某局2023年度项目支出绩效自评表\n"
    "项目名称样例河道维护项目主管部门样例县某某局实施单位样例县某某局"
    "资金情况(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分"
    "年度资金总额:{row}其中:本年财政拨款{part}其他资金年度总体目标完成河道维护。\n"
)


def test_a_glued_funds_row_is_cut_where_its_rate_proves_it():
    # 36.5 / 40 = 91.25%: the rate written 91.25 proves the cut 40 | 36.5 | 10 | 91.25
    got = found(FORM.format(row="4036.51091.25%9.13", part="4036.5"))
    assert ("40", "BUDGET", Decimal("400000"), None) in got
    assert ("36.5", "SPENDING", Decimal("365000"), None) in got
    assert [(w, k) for w, k, _, _ in got if k] == [
        ("40", "BUDGET"),
        ("36.5", "SPENDING"),
        ("40", "BUDGET"),
        ("36.5", "SPENDING"),
    ]


def test_the_part_row_is_cut_within_the_total():
    got = kinds(FORM.format(row="202010100.00%10", part="2020"))
    assert got == [("20", "BUDGET"), ("20", "SPENDING"), ("20", "BUDGET"), ("20", "SPENDING")]


def test_a_glued_row_no_rate_proves_is_not_read():
    # 执行率 0.00%: 0 / x is 0% for any x, so the digits before it can be cut many ways
    assert kinds(FORM.format(row="2020100.00%0", part="")) == []
    # the rate matches no cut (40 | 36.5 is 91.25%, not 100.00%): nothing read; the run is
    # listed unread whole, with no amount (0), saying its cells are run together
    got = found(FORM.format(row="4036.510100.00%10", part="4036.5"))
    assert [(w, k, a) for w, k, a, _ in got] == [("4036.510100.00", None, 0)]
    assert "run together" in got[0][3]
    assert "4036.510100.00%10" in got[0][3]


def test_a_part_row_two_cuts_fit_is_not_read():
    # total 300 | 300: the part 2030 is 20 | 30 or 203 | 0, both within it: never a guess
    got = kinds(FORM.format(row="30030010100.00%10", part="2030"))
    assert got == [("300", "BUDGET"), ("300", "SPENDING")]


def test_no_unit_declared_reads_nothing():
    text = FORM.format(row="202010100.00%10", part="2020").replace("(万元)", "")
    assert kinds(text) == []


def test_counts_scores_and_years_glued_in_prose_are_not_a_funds_row():
    text = (
        "样例县某某局2023年度项目支出绩效自评报告\n"
        "年度资金总额为20万元,全年执行20万元,执行率100%,自评得分95分。"
        "共举办培训2020人次,合格率100%。\n"
    )
    assert all(w not in ("20", "2020") for w, _ in kinds(text))


# -- class 2: an indicator row's points glued to its target (gluedpoints) ----------------------

INDICATORS = (
    "样例县某某局2023年度项目支出绩效自评表\n"
    "一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因分析及改进措施"
    "产出指标(50分)数量指标维护河道12公里12公里10质量指标验收合格率100%100%20"
    "成本指标({group}分){row}效益指标(30分)\n"
)


def test_a_points_cell_glued_to_a_cost_target_is_cut_within_its_group():
    got = found(INDICATORS.format(group="10", row="维护所需成本415万元15万元4"))
    assert ("15万元", "PLANNED", Decimal("150000"), None) in got
    assert ("15万元", "SPENDING", Decimal("150000"), None) in got
    assert all(w != "415万元" for w, _, _, _ in got)


def test_a_points_cell_glued_to_a_target_of_no_cost_reads_its_actual_as_other():
    got = kinds(INDICATORS.format(group="10", row="带动村集体收入65万元5万元5"))
    assert ("5万元", "PLANNED") in got
    assert ("5万元", "OTHER") in got


def test_a_points_cell_two_cuts_fit_stays_unread():
    # under a group of 50 points 41 | 5万元 is as possible as 4 | 15万元: never cut to a guess
    got = found(INDICATORS.format(group="50", row="维护所需成本415万元15万元4"))
    assert ("415万元", None) in [(w, k) for w, k, _, _ in got]
    assert ("15万元", "PLANNED") not in [(w, k) for w, k, _, _ in got]


def test_a_score_over_the_points_stays_unread():
    # 得分 9 after the actual: a 分值 of 4 is below it, 41 above the group's 10: no cut
    got = kinds(INDICATORS.format(group="10", row="维护所需成本415万元15万元9"))
    assert ("15万元", "PLANNED") not in got


def test_no_indicator_header_no_cut():
    text = INDICATORS.format(group="10", row="维护所需成本415万元15万元4").replace(
        "分值年度指标值全年实际值得分", ""
    )
    assert ("15万元", "PLANNED") not in kinds(text)


def test_a_sentence_with_a_year_and_an_amount_is_no_glued_row():
    text = (
        "样例县某某局2023年度项目支出绩效自评报告\n"
        "项目计划总投资1020万元,其中2023年下达20万元,完成率100%。\n"
    )
    # read whole, not cut as a glued row; a plan's total investment is PLANNED since the
    # thirty-seventh trial (计划总投资, as the corpus's 88 and 135 read it)
    assert ("1020万元", "PLANNED") in kinds(text)
    assert ("20万元", "BUDGET") in kinds(text)
