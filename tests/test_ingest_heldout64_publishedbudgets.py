"""Trial 64's 1322, a news roundup headlined 75所高校公布预算: 支出方面,清华大学超过200亿; 年度支出
较多的大学有北京大学(125.54亿元)、上海交通大学(114.88亿元). The 支出 of budgets published is spending
budgeted (``kinds.publishedbudgets``), as a budget note's 支出 is. A headline naming 决算, or a
figure said spent (实际支出) or of a named earlier year, keeps its reading.
Test material, fictional.
"""

from __future__ import annotations

from fictional_text import kinds

BODY = "一、部门概况\n支出方面,甲大学超过20亿元。此外,年度支出较多的大学有乙大学(12.54亿元)、丙大学(11.48亿元)。\n"


def test_spending_of_budgets_published_is_budgeted():
    read = dict(kinds("青岚省30所高校公布预算 部门预算\n" + BODY))
    assert read["20亿元"] == "BUDGET"
    assert read["12.54亿元"] == "BUDGET"
    assert read["11.48亿元"] == "BUDGET"


def test_accounts_or_spending_done_keep_their_reading():
    read = dict(kinds("青岚省30所高校公布决算 部门决算\n" + BODY))
    assert read["20亿元"] == "SPENDING"
    done = BODY.replace("支出方面,甲大学超过", "甲大学2034年实际支出")
    assert dict(kinds("青岚省30所高校公布预算 部门预算\n" + done))["20亿元"] == "SPENDING"
