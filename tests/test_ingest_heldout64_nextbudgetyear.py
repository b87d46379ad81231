"""A budget note's first stated year may be the year before the budget's: the staff at its end
(2018年底共有行政人员426人 above 二、…2019年部门预算安排情况说明: trial 64's 1305, read 2018) or
the year before's budget compared in one sentence (北京大学2017年总预算193.45亿元,2018年总预算
125.54亿元: trial 64's 1322, read 2017). The next year's 预算 is the note's; a year-end with no
later budget, the year's own 决算, or years not consecutive keep the first year.
Test material, fictional."""

from __future__ import annotations

from govkg.ingest.document.years import stated_year

NOTE = (
    "一、青岚区样例局概况\n(一)主要职能\n1. 样例局负责全区样例工作。\n"
    "2.样例局设3个内设机构,为一级预算单位。2034年底共有行政人员42人,退休人员7人。\n"
    "二、青岚区样例局{year}年部门预算安排情况说明\n"
    "(一)关于青岚区样例局{year}年收支预算情况的总体说明\n青岚区样例局{year}年收支总预算1694.30万元。\n"
)
ROUNDUP = "与去年相比,样例大学的预算缩水了。样例大学{first}年总预算19.45亿元,{second}年总预算12.55亿元,减少近7亿元。\n"


def test_a_year_end_before_the_budget_is_the_year_before():
    assert stated_year(NOTE.format(year=2035))["year"] == "2035"  # 2034 before


def test_two_budgets_compared_are_of_the_later_year():
    assert stated_year(ROUNDUP.format(first=2034, second=2035))["year"] == "2035"  # 2034 before


def test_near_misses_keep_the_first_year():
    # no later budget: the year-end is the year stated
    assert stated_year(NOTE.format(year=2034))["year"] == "2034"
    # the year's own accounts: a 决算 note counting its staff at the year's end
    accounts = NOTE.format(year=2035).replace("主要职能", "2034年度部门决算 主要职能")
    assert stated_year(accounts)["year"] == "2034"
    # two budgets of years not consecutive, or in two sentences
    assert stated_year(ROUNDUP.format(first=2033, second=2035))["year"] == "2033"
    split = ROUNDUP.format(first=2034, second=2035).replace("亿元,2035", "亿元。2035")
    assert stated_year(split)["year"] == "2034"
    # a year that opens no budget: 2034年支出…,2035年预算…
    assert stated_year("样例大学2034年支出19.45亿元,2035年预算12.55亿元。\n")["year"] == "2034"
