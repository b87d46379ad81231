"""收支 in a table's name: the forty-second held-out trial's 决算 note cited one row of its
收支决算总表 (…收支决算总表中支出项目按功能分类支出中“其他支出”金额为64800.00元), and the joint
收支 rule read that one figure twice, as revenue and as spending. A table's name states no
joint figure; 收支 before 总决算 or 决算 figures still does."""

from __future__ import annotations

from fictional_text import kinds

HEAD = "样例县某某站2031年度部门决算情况说明\n"


def test_a_row_of_the_income_and_expenditure_table_is_one_figure():
    text = HEAD + "本站收支决算总表中“其他支出”金额为5200.00元,反映在项目支出中。\n"
    assert kinds(text) == [("5200.00元", "SPENDING")]


def test_income_and_expenditure_stated_together_are_still_both_sides():
    text = HEAD + "2031年度收支总决算均为88.5万元,较上年增加2万元。\n"
    assert [kind for _, kind in kinds(text)][:2] == ["REVENUE", "SPENDING"]
