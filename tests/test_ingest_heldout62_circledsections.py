"""Trial 62's 1256 (a county middle school's 2022 经费预算信息: ①部门组织收入。在会计核算上… /
——部门收入640.48万元。…课后延时服务费60.48万元。 / ③部门支出用途。支出预算7526.86万元。 / B、部门
公用经费876.48万元。 / ——水费50万元。 / ——电费100万元。, twenty items unread before). Pattern: a
budget note's section numbered by a circled figure whose heading the cleaning left on the line
of its first sentence, closed by 。, is the heading of its 收入 or 支出 (``kinds.budgetsection``):
the items under it that no word names (a dash list of fees) are budgeted. A circled line stating
its figure (②可支配收入…万元。) is no heading; a circled heading of other work, or such a text
that is no budget note, places nothing. Test material, fictional."""

from __future__ import annotations

from fictional_text import kinds

NOTE = (
    "青岚区样例中学2035年经费预算信息\n"
    "①部门组织收入。在会计核算上作收入处理的资金,都应纳入本部门财务集中核算。\n"
    "——部门收入64万元。学费等收入44万元;课后延时服务费20万元。\n"
    "③部门支出用途。支出预算120万元。支出项目是:\n"
    "B、部门公用经费120万元。\n"
    "——水费50万元。\n"
    "——电费70万元。\n"
)


def test_the_items_under_a_circled_heading_of_a_budget_notes_sides_are_budgeted():
    assert kinds(NOTE) == [
        ("64万元", "BUDGET"),
        ("44万元", "BUDGET"),
        ("20万元", "BUDGET"),
        ("120万元", "BUDGET"),
        ("120万元", "BUDGET"),
        ("50万元", "BUDGET"),
        ("70万元", "BUDGET"),
    ]


def test_a_circled_heading_of_other_work_places_nothing():
    other = NOTE.replace("③部门支出用途。", "③部门工作安排。")
    assert kinds(other)[-2:] == [("50万元", None), ("70万元", None)]


def test_a_circled_line_stating_its_figure_is_no_heading():
    stated = NOTE.replace("③部门支出用途。支出预算120万元。支出项目是:", "③部门支出120万元。")
    stated = stated.replace("①部门组织收入。在会计核算上作", "部门组织收入在会计核算上作")
    assert kinds(stated)[-2:] == [("50万元", None), ("70万元", None)]


def test_such_a_list_in_no_budget_note_stays_unread():
    accounts = NOTE.replace("2035年经费预算信息", "2035年度部门决算").replace("支出预算", "支出")
    assert kinds(accounts)[-2:] == [("50万元", None), ("70万元", None)]
