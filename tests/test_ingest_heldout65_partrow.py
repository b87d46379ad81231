"""A 其中 row of a flattened 收入支出决算总表 is a part of the row right above it (trial 65's
1350, a provincial federation's 2015 accounts: 一、财政拨款收入 | 1 | 4,267.38 | … / 其中:政府性
基金预算财政拨款 | 2 | 565.68 | …, the part's label naming no kind; tables/accountsrows). Listed
unread before. Where the row above was read, the part takes its kind (a budget table's part a
budget); where the row above was not read, or is not the 行次 right before it, or the row is
no 其中 row, it stays unread. Test material, fictional."""

from __future__ import annotations

from fictional_text import found

PROSE = (
    "说明:本单位严格执行预算管理的各项规定,年度收支情况如上表所示,各项支出均按照年初预算和"
    "调整后的预算安排执行,未发生超预算支出的情况,具体原因分析详见后文的各部分说明。" * 3 + "\n"
) * 3
TABLE = (
    "样例残联2035年度部门决算\n"
    "收入支出决算总表 | |||||\n"
    "部门:样例残联 | 金额单位:万元 | ||||\n"
    "收入 | 支出 | ||||\n"
    "项目 | 行次 | 决算数 | 项目 | 行次 | 决算数 |\n"
    "一、财政拨款收入 | 1 | 1,200.00 | 一、一般公共服务支出 | 35 | |\n"
    "其中:政府性基金预算财政拨款 | 2 | 300.50 | 二、外交支出 | 36 | |\n"
    "二、上级补助收入 | 3 | 400.00 | 三、国防支出 | 37 | |\n"
    "三、事业收入 | 4 | 四、公共安全支出 | 38 | ||\n"
    "五、附属单位上缴收入 | 5 | 五、教育支出 | 39 | ||\n"
    "六、其他收入 | 6 | 88.25 | 六、科学技术支出 | 40 | |\n"
    "7 | 七、社会保障和就业支出 | 41 | 1,500.00 | ||\n" + PROSE
)


def _read(text):
    return {w: (k, r) for w, k, _, r in found(text)}


def test_a_part_row_takes_the_kind_of_the_row_above():
    read = _read(TABLE)
    assert read["300.50"] == ("REVENUE", None)
    assert read["1,200.00"] == ("REVENUE", None)
    assert read["1,500.00"] == ("SPENDING", None)


def test_a_budget_tables_part_row_is_a_budget():
    budget = TABLE.replace("部门决算", "部门预算").replace("决算总表", "预算总表")
    budget = budget.replace("决算数", "预算数")
    assert _read(budget)["300.50"][0] == "BUDGET"


def test_a_part_row_under_an_unread_row_or_no_part_row_stays_unread():
    unread_above = TABLE.replace("一、财政拨款收入 |", "一、财政拨款 |")
    assert _read(unread_above)["300.50"][0] is None
    not_part = TABLE.replace("其中:政府性基金预算财政拨款", "政府性基金预算财政拨款")
    assert _read(not_part)["300.50"][0] is None
