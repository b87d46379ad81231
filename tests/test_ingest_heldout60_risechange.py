"""Trial 60's 1185, a city's 三公 budget on a traditional mirror: a rise said 上升 after the year
compared with (比2034年上升86.60万元) is the change, as 增长 is (``kindwords``); a total's rate
said 上升 before the bracket of its parts (…比2034年增加188.46万元,上升15.57%(其中,…) leaves
the parts the total's kind, the budget, not the change's (``totalparts``).
"""

from __future__ import annotations

from fictional_text import kinds

NOTE = (
    "2035年青岚市“三公”经费预算情况说明\n"
    "经青岚市财政局汇总,2035年市级单位通过当年所有财政拨款安排的“三公”经费预算为1622.30万元,"
    "比2034年上升86.60万元,上升5.65%。从明细看,公务接待费123.67万元,比2034年减少41.17万元,"
    "下降25%;公务用车运行维护费及公务用车购置费1398.46万元,比2034年增加188.46万元,上升15.57%"
    "(其中,公务用车运行维护费1310.62万元,比2034年增加219.34万元;公务用车购置费87.84万元,"
    "比2034年减少30.88万元);因公出国(境)费用100.17万元,比2034年减少60.37万元。\n"
)


def test_a_rise_said_shangsheng_is_a_change():
    read = dict(kinds(NOTE))
    assert read["86.60万元"] == "CHANGE"
    assert read["219.34万元"] == "CHANGE"


def test_parts_after_a_rate_said_shangsheng_are_the_totals_budget():
    read = dict(kinds(NOTE))
    assert read["1310.62万元"] == "BUDGET"
    assert read["87.84万元"] == "BUDGET"
    assert read["1622.30万元"] == "BUDGET"


def test_a_rate_or_a_level_said_shangsheng_is_no_change_of_a_figure():
    level = NOTE.replace("比2034年上升86.60万元,上升5.65%", "上升至86.60万元")
    assert dict(kinds(level))["86.60万元"] != "CHANGE"
