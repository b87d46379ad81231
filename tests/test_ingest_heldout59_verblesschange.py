"""Trial 59's 1152: a change whose verb was dropped, its direction said after it with its rate
(与2036年相比21.79万元,增加14.01%), is a change (``kinds.verblesschange``); and a named revenue's
决算 (财政拨款收入决算总计) is revenue, as 收入决算 is (``kinds.kindwords``).
"""

from __future__ import annotations

from fictional_text import kinds

ACCOUNTS = "青岚区样例卫生院2035年度部门决算\n"
REVENUE = (
    "三、收支决算总体情况\n2035年本年收入合计597.52万元,与2034年相比增加39.42万元,增加7.06%;"
    "其中:财政拨款收入177.28万元,占29.67%,与2034年相比21.79万元,增加14.01%;"
    "事业收入420.24万元,占70.33%,与2034年相比增加17.63万元,增加4.38%。\n"
)


def test_a_figure_after_a_closed_comparison_and_before_its_rate_is_a_change():
    assert dict(kinds(ACCOUNTS + REVENUE))["21.79万元"] == "CHANGE"


def test_a_figure_inside_the_comparison_or_with_no_rate_after_keeps_its_reading():
    inside = REVENUE.replace(
        "与2034年相比21.79万元,增加14.01%", "与2034年155.49万元相比,增加14.01%"
    )
    assert dict(kinds(ACCOUNTS + inside))["155.49万元"] != "CHANGE"
    no_rate = REVENUE.replace("与2034年相比21.79万元,增加14.01%", "与2034年相比,当年拨款21.79万元")
    assert dict(kinds(ACCOUNTS + no_rate))["21.79万元"] != "CHANGE"


def test_an_appropriations_revenue_accounts_total_is_revenue():
    text = (
        "四、财政拨款收入支出决算总体情况说明\n样例卫生院2035年度财政拨款收入决算总计177.28万元。\n"
    )
    assert dict(kinds(ACCOUNTS + text))["177.28万元"] == "REVENUE"
    text = (
        "四、财政拨款收入支出决算总体情况说明\n样例卫生院2035年度财政拨款支出决算总计170.5万元。\n"
    )
    assert dict(kinds(ACCOUNTS + text))["170.5万元"] == "SPENDING"
