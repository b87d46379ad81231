"""Tables and forms the thirtieth held-out trial (texts 375–386) left unread, each rule held
on fictional text with cases it must not fire on."""

from __future__ import annotations

from fictional_text import found, kinds

# -- a 三公 table of two years with a 行次 column, rows proven by their change (threepubliccounted)

COUNTED = (
    "青岚镇2031年“三公”经费预算情况说明\n"
    "青岚镇2031年“三公”经费预算数为{total_b}万元。\n"
    "青岚镇“三公”经费预算对比表\n"
    "单位:万元\n"
    "项目 | 行次 | 2030年预算数 | 2031年预算数 | 比上年增减情况 | 增减额 | 增减幅度 |\n"
    "合计 | 1 | {total_a} | {total_b} | {total_c} | {total_r} |\n"
    "1.因公出国(境)费 | 2 | | 1.50 | | |\n"
    "2.公务接待费 | 3 | 20.00 | 18.00 | -2.00 | -10.00% |\n"
    "3.公务用车购置及运行维护费 | 4 | 40.00 | 44.00 | 4.00 | 10.00% |\n"
    "(1)公务用车购置费 | 5 | 10.00 | 12.00 | 2.00 | 20.00% |\n"
    "(2)公务用车运行维护费 | 6 | 30.00 | 32.00 | 2.00 | 6.67% |\n"
    "二、其他说明\n"
)


def _counted(total_a="60.00", total_b="63.50", total_c="3.50", total_r="5.83%"):
    return COUNTED.format(total_a=total_a, total_b=total_b, total_c=total_c, total_r=total_r)


def test_rows_their_change_and_rate_prove_are_read_with_their_years_kinds():
    read = kinds(_counted())
    assert read[1:] == [
        ("60.00", "BUDGET"),
        ("63.50", "BUDGET"),
        ("3.50", "CHANGE"),
        ("1.50", "BUDGET"),  # no change beside it: the 2031 column's sums prove it
        ("20.00", "BUDGET"),
        ("18.00", "BUDGET"),
        ("2.00", "CHANGE"),  # -2.00: the magnitude, the sign its direction
        ("40.00", "BUDGET"),
        ("44.00", "BUDGET"),
        ("4.00", "CHANGE"),
        ("10.00", "BUDGET"),
        ("12.00", "BUDGET"),
        ("2.00", "CHANGE"),
        ("30.00", "BUDGET"),
        ("32.00", "BUDGET"),
        ("2.00", "CHANGE"),
    ]


def test_a_decrease_is_quoted_without_its_sign():
    text = _counted()
    money = [m for m in found(text) if m[1] == "CHANGE"]
    assert all(not w.startswith("-") for w, _, _, _ in money)


def test_a_cell_of_a_column_that_does_not_add_up_is_not_read():
    text = _counted(total_b="64.50", total_c="4.50", total_r="7.50%")  # 1.50+18+44 = 63.50
    read = dict(kinds(text)[1:])
    assert read["64.50"] == "BUDGET"  # its own row proves it: 64.50 - 60.00 = 4.50, 7.50%
    assert read["1.50"] is None  # the column's sum fails: listed unread


def test_a_change_that_is_no_difference_proves_no_row():
    text = _counted(total_c="3.60", total_r="6.00%")
    read = dict(kinds(text)[1:])
    assert read["3.60"] is None  # 63.50 - 60.00 is 3.50: the change is listed unread
    assert read["60.00"] == "BUDGET"  # still proven by its column: 20.00 + 40.00


def test_a_rate_that_does_not_check_proves_no_row():
    text = _counted(total_r="9.00%")
    read = dict(kinds(text)[1:])
    assert read.get("3.50") is None


def test_a_table_under_no_three_public_title_is_not_read_here():
    text = _counted().replace("青岚镇“三公”经费预算对比表", "青岚镇支出预算对比表")
    assert all(k != "CHANGE" for _, k in kinds(text)[1:])


def test_a_head_of_another_kind_leaves_the_table_unread():
    text = _counted().replace("增减额", "调整数")
    assert all(k != "CHANGE" for _, k in kinds(text)[1:])


def test_years_in_the_wrong_order_leave_the_table_unread():
    text = _counted().replace("2030年预算数 | 2031年预算数", "2031年预算数 | 2030年预算数")
    assert all(k != "CHANGE" for _, k in kinds(text)[1:])


# -- a table one cell a line, its full rows read (linecells) ------------------------------------

LINES = (
    "石桥乡2032年道路养护项目支出绩效评价报告\n"
    "一、项目概况\n"
    "2032年石桥乡实施村道养护。\n"
    "二、资金使用情况\n"
    "明细项目\n"
    "{head_a}\n"
    "{head_b}\n"
    "路面修补\n"
    "30.5\n"
    "28\n"
    "边沟清理\n"
    "{row}"
    "三、绩效目标完成情况\n"
    "完成养护里程12公里。\n"
)


def _lines(head_a="年初预算数(万元)", head_b="实际支出(万元)", row="6.25\n6.25\n"):
    return LINES.format(head_a=head_a, head_b=head_b, row=row)


def test_a_table_one_cell_a_line_reads_its_full_rows():
    assert kinds(_lines()) == [
        ("30.5", "BUDGET"),
        ("28", "SPENDING"),  # a whole number too: the row's place proves it
        ("6.25", "BUDGET"),
        ("6.25", "SPENDING"),
    ]


def test_a_budgeted_spending_head_is_a_budget_column():
    assert kinds(_lines(head_a="预算支出(万元)"))[0] == ("30.5", "BUDGET")


def test_a_row_short_of_a_cell_is_not_read():
    read = kinds(_lines(row="6.25\n"))
    assert read[:2] == [("30.5", "BUDGET"), ("28", "SPENDING")]
    assert ("6.25", "BUDGET") not in read
    assert ("6.25", "SPENDING") not in read


def test_heads_without_their_unit_read_nothing():
    text = _lines(head_a="年初预算数", head_b="实际支出")
    assert all(kind is None for _, kind in kinds(text))


def test_a_head_of_no_money_kind_reads_nothing():
    text = _lines(head_b="完成情况(万元)")
    assert all(kind is None for _, kind in kinds(text))


def test_a_row_the_text_cuts_off_reads_nothing():
    text = _lines().split("边沟清理")[0] + "边沟清理\n6.2"
    assert kinds(text)[:2] == [("30.5", "BUDGET"), ("28", "SPENDING")]
    assert all(kind is None for _, kind in kinds(text)[2:])


def test_a_table_one_cell_a_paragraph_reads_its_full_rows():
    text = _lines().replace("\n", "\n\n")
    assert kinds(text) == [
        ("30.5", "BUDGET"),
        ("28", "SPENDING"),
        ("6.25", "BUDGET"),
        ("6.25", "SPENDING"),
    ]


# -- a glued funds row cut where its source rows add up to it (gluedpartsums) -------------------

GLUED = (
    "临川区2033年耕地保护补助资金绩效自评表\n"
    "资金使用单位临川区自然资源局资金投入情况(万元)全年预算数(A)全年执行数(B)"
    "执行率(B/A×100%)年度资金总额:{total}%其中:中央财政资金{central}%"
    "省级资金{province}%其他资金资金管理情况\n"
)


def _glued(total="906672.50", central="603660", province="3030100"):
    return GLUED.format(total=total, central=central, province=province)


def test_a_total_its_source_rows_add_up_to_is_cut_and_read():
    assert kinds(_glued()) == [
        ("90", "BUDGET"),  # 60 + 30: its rate 72.50% states no cut (66 / 90 is 73.33%)
        ("66", "SPENDING"),  # 36 + 30
        ("60", "BUDGET"),
        ("36", "SPENDING"),  # 36 / 60 = 60%
        ("30", "BUDGET"),
        ("30", "SPENDING"),
    ]


def test_a_source_row_of_nothing_spent_is_cut_by_its_sums():
    assert kinds(_glued(total="903033.00", central="6000"))[:4] == [
        ("90", "BUDGET"),
        ("30", "SPENDING"),
        ("60", "BUDGET"),
        ("0", "SPENDING"),  # 0%: 0 of 60, the sums choose the cut
    ]


def test_sums_that_fit_no_cut_of_the_total_read_nothing():
    assert all(kind is None for _, kind in kinds(_glued(total="916672.50")))


def test_a_single_source_row_proves_nothing():
    text = _glued().replace("省级资金3030100%", "")
    assert all(kind is None for _, kind in kinds(text))


def test_a_total_its_own_rate_proves_is_left_to_gluedfunds():
    text = _glued(total="906673.33")
    assert kinds(text)[:2] == [("90", "BUDGET"), ("66", "SPENDING")]
