"""Trial 61's 1224: a department's budget note from a portal whose index fields and title row
are a flattened table (…责任处室: | 市财政局 | / 余姚市机关事务管理局2021年部门预算 | |): the title
line's empty cells after its words do not hide the title, so the note's 收入包括 … and 支出包括 …
items and its 按支出用途分类 items are budgeted (``kinds.budgetnote``), not received or spent.
"""

from __future__ import annotations

from fictional_text import kinds
from govkg.ingest.kinds.budgetnote import budget_note_year

NOTE = (
    "索引号: | 000000000/2035-00001 | 内容分类: | 部门预决算 |\n"
    "公开范围: | 面向社会 | 责任处室: | 样例市财政局 |\n"
    "样例市青岚事务局2035年部门预算 | |\n"
    "第一部分 部门概况 一、主要职能 1.负责青岚事务。 第二部分 2035年部门预算安排情况说明 "
    "一、2035年部门预算总体情况 2035年收支总预算800万元,收入包括:一般公共预算拨款收入700万元、"
    "政府性基金预算拨款收入100万元;支出包括:一般公共服务支出650万元、城乡社区支出150万元。 "
    "2.按支出用途分类,包括人员支出300万元,日常公用支出50万元,项目支出450万元。\n"
)


def test_a_title_row_with_empty_cells_is_the_notes_title():
    assert budget_note_year(NOTE) == 2035
    read = dict(kinds(NOTE))
    assert read["700万元"] == "BUDGET"
    assert read["650万元"] == "BUDGET"
    assert read["450万元"] == "BUDGET"
    assert "SPENDING" not in read.values()


def test_cells_do_not_make_a_final_accounts_title_a_budget_note():
    accounts = NOTE.replace("2035年部门预算 | |", "2035年部门决算 | |")
    assert budget_note_year(accounts) is None
    other = NOTE.replace("样例市青岚事务局2035年部门预算 | |", "样例市青岚事务局2035年工作总结 | |")
    assert budget_note_year(other) is None
