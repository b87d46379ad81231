"""Rule ``rated-rows`` (``ratedrows``): the rows of a flattened money table that their own
执行率 proves, held on fictional text, with the cases where it must not fire: a rate that
does not check, a percentage that is not a rate, heads that are not money, no unit, a 0
after another row's rate, a 分值 column between the money and the rate."""

from __future__ import annotations

from decimal import Decimal

from fictional_text import found
from govkg.ingest.tables.ratedrows import find_rated_rows
from govkg.ingest.text.textview import clean_view


def _read(text: str) -> list[tuple[str, str, Decimal, str]]:
    return [
        (m.as_written, m.kind, m.amount, m.label)
        for m in find_rated_rows(clean_view(text), 2030)
        if m.kind
    ]


def _cells(*cells: str) -> str:
    return "".join(f"{cell} |\n" for cell in cells)


LIST = "样例学院2030年度项目执行情况如下:\n单位:万元\n" + _cells(
    "序号", "责任部门", "项目名称", "预算数", "执行数", "预算执行率",
    "合计", "1,260.00", "1,133.5", "89.96%",
    "1", "后勤处", "校园绿化养护", "1,200", "1,080.5", "90.04%",
    "2", "样例管理系统", "50", "49.5", "99.00%",  # its office cell lost (merged)
    "3", "信息中心", "样例数据平台", "10", "0", "0.00%",
    "4", "图书馆", "样例文献采购", "80", "3.5", "7.00%",  # 3.5 / 80 = 4.38%: no check
)  # fmt: skip


def test_a_one_cell_a_line_list_is_read_where_each_rate_checks():
    read = _read(LIST)
    assert ("1,260.00", "BUDGET", Decimal("12600000.00"), "合计 预算数") in read
    assert ("1,133.5", "SPENDING", Decimal("11335000.0"), "合计 执行数") in read
    assert ("1,080.5", "SPENDING", Decimal("10805000.0"), "后勤处 校园绿化养护 执行数") in read
    assert ("50", "BUDGET", Decimal("500000"), "2 样例管理系统 预算数") not in read
    assert ("50", "BUDGET", Decimal("500000"), "样例管理系统 预算数") in read
    assert ("49.5", "SPENDING", Decimal("495000.0"), "样例管理系统 执行数") in read
    assert ("10", "BUDGET", Decimal("100000"), "信息中心 样例数据平台 预算数") in read
    assert ("0", "SPENDING", Decimal("0"), "信息中心 样例数据平台 执行数") in read
    assert not [cell for cell in read if cell[0] in ("80", "3.5")]  # its rate does not check
    assert len(read) == 8


LONG = "单位:万元\n" + _cells("序号", "项目名称", "预算数", "执行数", "执行率")
LONG += _cells("合计", "1130", "1053.5", "93.23%")
for number in range(1, 15):  # more rows than ``tables`` reads under one header
    LONG += _cells(str(number), f"样例项目{number}", f"{number}0", f"{number}0", "100.00%")
LONG += _cells("15", "样例项目十五", "80", "3.5", "7.00%")  # 3.5 / 80 = 4.38%: no check


def test_a_rated_row_is_read_in_the_whole_draft_and_a_failed_row_left_unread():
    got = found(LONG)
    assert [(w, k) for w, k, _, _ in got if w == "140"] == [("140", "BUDGET"), ("140", "SPENDING")]
    assert [(w, k) for w, k, _, r in got if w == "3.5"] == [("3.5", None)]  # listed unread


def test_a_zero_after_another_rows_rate_is_no_proof_of_the_figure_before_it():
    text = "单位:万元\n" + _cells(
        "项目名称", "预算数", "执行数", "执行率",
        "样例项目甲", "20", "19", "95.00%",
        "5", "0", "0.00%",  # item 5, its name and budget lost: 5 is no budget
    )  # fmt: skip
    read = _read(text)
    assert ("20", "BUDGET", Decimal("200000"), "样例项目甲 预算数") in read
    assert not [cell for cell in read if cell[0] in ("5", "0")]


FORM = (
    "资金投入情况\n(万元)\n\n行次 全年预算数\n(A)\n统筹整合资金数\n(B)\n"
    "扣除统筹整合资金后预算金额\n(C)\n全年到位资金\n(D)\n预算到位\n(D/C×100%)\n"
    "全年执行资金\n(E)\n预算执行\n(E/C×100%)\n佐证材料\n"
    "年度资金总额(万元): 1 40.000000\n40.000000 40.000000 100.00% 25.000000 62.50%\n"
)


def test_a_form_whose_rate_heads_name_their_columns_by_letter_is_read_where_they_check():
    read = _read(FORM)
    kinds = [(w, k) for w, k, _, _ in read]
    assert kinds == [("40.000000", "BUDGET"), ("40.000000", "REVENUE"), ("25.000000", "SPENDING")]
    # the first 40.000000 stands under 全年预算数 (A) or 统筹整合资金数 (B): unproven, unread
    assert FORM.count("40.000000") == 3


def test_a_letter_rate_that_does_not_check_proves_nothing():
    assert _read(FORM.replace("62.50%", "60.00%")) == [
        (w, k, a, lab) for w, k, a, lab in _read(FORM) if k != "SPENDING"
    ]


def test_no_rate_head_or_no_money_heads_or_no_unit_reads_nothing():
    share = "单位:万元\n" + _cells(
        "项目名称", "预算数", "执行数", "占比", "样例", "20", "10", "50.00%"
    )
    assert _read(share) == []  # a percentage under 占比 is no 执行率
    counts = "单位:人\n" + _cells(
        "项目名称", "计划数", "完成数", "完成率", "样例", "20", "10", "50.00%"
    )
    assert _read(counts) == []  # heads that are not money
    bare = _cells("项目名称", "预算数", "执行数", "执行率", "样例", "20", "10", "50.00%")
    assert _read(bare) == []  # no unit declared
    assert _read("单位:万元\n" + bare) != []


def test_a_points_column_between_the_money_and_the_rate_leaves_the_rate_unsaid():
    text = "单位:万元\n" + _cells(
        "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分",
        "年度资金总额", "30", "30", "30", "10", "100%", "10",
        "其中:财政拨款", "30", "30", "30", "100%",
    )  # fmt: skip
    assert _read(text) == []


def test_an_indicator_table_after_the_funds_rows_is_not_read_as_money():
    text = "单位:万元\n" + _cells(
        "预算数", "执行数", "执行率",
        "年度资金总额", "30", "27", "90.00%",
        "一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "完成率",
        "产出指标", "培训人次", "40", "40", "100.00%",
    )  # fmt: skip
    assert [(w, k) for w, k, _, _ in _read(text)] == [("30", "BUDGET"), ("27", "SPENDING")]
