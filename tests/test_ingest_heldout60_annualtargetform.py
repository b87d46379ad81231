"""Trial 60's 1178, by class, on fictional texts: a one-year 绩效目标申报表's funds block (项目金额
(万元) | 年度资金总额 | 80.5 万元 | 其中:财政拨款 | 80.5 万元 | 其他资金 |), no 中期资金总额 row, is the
target form's (``tables.targetform``): each cell the budget the form sets. Before, 1178's two
cells were listed unread. A self-assessment's block (年初预算数 / 全年执行数 column heads before
the row) or a block under no target form's title is left to the other rules. Test material,
fictional."""

from __future__ import annotations

from fictional_text import kinds

HEAD = "青岚区样例局2035年项目支出绩效自评报告\n(6)年度预算安排:80.5 万元。\n"
FORM = (
    "项目支出绩效目标申报表\n(2035 年度)\n项目名称\n|\n样例项目\n|\n项目金额(万元)\n|\n年度资金总额\n|\n"
    "80.5 万元\n|\n其中:财政拨款\n|\n80.5 万元\n|\n其他资金\n|\n|\n总体目标\n|\n样例目标。\n"
)


def test_a_one_year_target_forms_cells_are_its_budget():
    assert kinds(HEAD + FORM) == [("80.5 万元", "BUDGET")] * 3
    typo = FORM.replace("财政拨款", "财政投款")
    assert kinds(HEAD + typo) == [("80.5 万元", "BUDGET")] * 3


def test_a_self_assessment_block_or_no_form_title_is_left_alone():
    selfeval = FORM.replace("年度资金总额\n|\n", "年初预算数\n|\n全年执行数\n|\n年度资金总额\n|\n")
    assert kinds(HEAD + selfeval)[1:] != [("80.5 万元", "BUDGET")] * 2
    untitled = FORM.replace("项目支出绩效目标申报表", "项目情况表")
    assert kinds(HEAD + untitled)[1:] != [("80.5 万元", "BUDGET")] * 2
