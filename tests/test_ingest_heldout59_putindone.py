"""Trial 59's 1144: funds put in and said done (先后投入资金4,700万元购置了…) are spent, not the budget a
bare 投入 names (``kinds.putin``).
"""

from __future__ import annotations

from fictional_text import kinds

ACCOUNTS = "青岚区样例医院2035年度部门决算\n"


def test_funds_put_in_one_after_another_or_with_a_purchase_done_are_spent():
    text = "自运行以来,进一步加大设施建设力度,先后投入资金4,700万元购置了样例扫描仪、样例超声仪。\n"
    assert dict(kinds(ACCOUNTS + text))["4,700万元"] == "SPENDING"
    text = "自运行以来,投入资金4,700万元购置了样例扫描仪。\n"
    assert dict(kinds(ACCOUNTS + text))["4,700万元"] == "SPENDING"


def test_funds_put_in_with_nothing_done_or_planned_keep_their_readings():
    text = "自运行以来,投入资金4,700万元购置样例扫描仪。\n"  # no 了: what the funds are for
    assert dict(kinds(ACCOUNTS + text))["4,700万元"] == "BUDGET"
    text = "下一步,计划先后投入资金4,700万元购置了样例扫描仪。\n"
    assert dict(kinds(ACCOUNTS + text))["4,700万元"] != "SPENDING"
    text = "下一步,将投入资金4,700万元购置样例扫描仪。\n"
    assert dict(kinds(ACCOUNTS + text))["4,700万元"] != "SPENDING"
