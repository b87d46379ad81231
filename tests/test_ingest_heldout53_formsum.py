"""Trial 53's 898, by class, on fictional texts: an overview form's bare 项目金额 cell, the form
naming its project, the same figure stated later as the project's budget, is that budget
(kinds/restatedsum); another figure, no project name, another field keep it unread. Test
material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(text, "fictional.txt").money]


FORM = (
    "样例市2031年垃圾处理费项目绩效评价报告\n"
    "项目名称 |\n"
    "样例市2031年垃圾处理费项目 |\n"
    "项目金额 |\n"
    "3,456.78万元 |\n"
    "主管部门 |\n"
    "样例市城市管理局 |\n"
    "项目基本情况 |\n"
    "项目背景: 由样例市财政局定期与处理厂结算并支付服务费。 2031年样例市财政安排垃圾处理费项目"
    "预算支出合计3,456.78万元,资金主要用于支付处理服务费。 |\n"
)


def test_a_forms_bare_sum_cell_the_text_restates_as_the_projects_budget_is_that_budget():
    money = extract(FORM, "fictional.txt").money
    assert [(m.as_written, m.kind) for m in money] == [
        ("3,456.78万元", "BUDGET"),
        ("3,456.78万元", "BUDGET"),
    ]
    assert money[0].label == "项目金额"


def test_a_forms_sum_cell_restated_by_another_figure_stays_unread():
    text = FORM.replace("合计3,456.78万元", "合计3,400.00万元")
    assert _kinds(text)[0] == ("3,456.78万元", None)


def test_a_forms_sum_cell_restated_without_the_projects_name_stays_unread():
    text = FORM.replace("安排垃圾处理费项目预算支出合计", "安排预算支出合计")
    assert _kinds(text)[0] == ("3,456.78万元", None)


def test_a_cell_under_another_field_stays_unread():
    text = FORM.replace("项目金额 |", "绩效得分 |")
    assert _kinds(text)[0] == ("3,456.78万元", None)
