"""Trial 64's 1337, a news item on a city's 三公 budget: “三公”经费预算总额为18554万元,同比下降
13.6%。其中因公出国(境)费用972万元,公务接待费7399万元. The total's change said 同比 in percent
stands between the total and its 其中 as 较上年下降13.6% does (``kinds.totalparts``): the parts are
the total's, budgeted, not spent by their names' 费用. Another statement between them (共购置车辆
10辆) still leaves the parts as their own words read them.
Test material, fictional.
"""

from __future__ import annotations

from fictional_text import kinds

HEAD = "2035年度青岚区三公经费情况\n一、部门概况\n"
TOTAL = "2035年青岚区“三公”经费预算总额为18554万元,同比下降13.6%。"
PARTS = "其中因公出国(境)费用972万元,公务接待费7399万元。"


def test_parts_after_a_year_on_year_rate_are_the_totals():
    read = dict(kinds(HEAD + TOTAL + PARTS))
    assert read["972万元"] == "BUDGET"
    assert read["7399万元"] == "BUDGET"


def test_parts_after_another_statement_keep_their_own_reading():
    read = dict(kinds(HEAD + TOTAL.replace("同比下降13.6%", "共购置车辆10辆") + PARTS))
    assert read["972万元"] == "SPENDING"
