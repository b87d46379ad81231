"""Trial 59's 1134: a budget note lists its carry-over's sources after its total (上年结转收入0万元,
主要是一般公共预算拨款0万元,政府性基金预算拨款0万元,…,其他收入0万元): they are carried over, as
their total is, not the year's budgeted revenue (``kinds.carrysources``).
"""

from __future__ import annotations

from fictional_text import kinds

BUDGET = "样例局2035年单位预算情况说明\n"
REVENUE = (
    "二、单位收支总体情况\n(一)收入预算:2035年收入合计130.5万元,其中:本年收入120.5万元,主要是"
    "一般公共预算拨款120.5万元,事业收入0万元;上年结转收入10万元,主要是一般公共预算拨款8万元,"
    "政府性基金预算拨款2万元,其他收入0万元。收入较去年增加5万元。\n"
)


def test_the_sources_listed_after_a_carry_overs_total_are_carried_over():
    read = kinds(BUDGET + REVENUE)
    assert read[4:8] == [
        ("10万元", "CARRY_OVER"),
        ("8万元", "CARRY_OVER"),
        ("2万元", "CARRY_OVER"),
        ("0万元", "CARRY_OVER"),
    ]


def test_the_years_own_sources_and_a_carry_overs_uses_keep_their_readings():
    read = kinds(BUDGET + REVENUE)
    assert read[1:4] == [("120.5万元", "BUDGET"), ("120.5万元", "BUDGET"), ("0万元", "BUDGET")]
    assert read[8] == ("5万元", "CHANGE")  # after the list's full stop
    used = REVENUE.replace("主要是一般公共预算拨款8万元", "主要用于办公设备购置8万元")
    assert dict(kinds(BUDGET + used)[4:6])["8万元"] != "CARRY_OVER"
    changed = REVENUE.replace("政府性基金预算拨款2万元", "比上年减少2万元")
    assert dict(kinds(BUDGET + changed))["2万元"] == "CHANGE"
