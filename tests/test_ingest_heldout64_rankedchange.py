"""Trial 64's 1320, a news item on the central departments' 三公 budgets:
- a rise against the figure compared with, named between 较 and the verb: 较2013年的预算执行数上升了
  2200.12万元 is the change, not spending by the 执行数 compared with (``kindwords``); so the fall
  a ranking names: 三公经费预算跌幅第一的是国税总局达20207.34万元, not the 预算 ranked;
- a total's parts after where the total ranks: 三公经费预算超过17亿元居90余家部门中之首,其中公务用车
  费用超过13亿元 (``totalparts``), the part's fee said with its bound (``itemfees``): budgeted.
A change with no comparison before it, and a part after another statement, keep their readings.
Test material, fictional.
"""

from __future__ import annotations

from fictional_text import kinds

HEAD = "2035年度青岚区各部门三公经费预算\n一、部门概况\n"


def _read(sentence: str) -> dict[str, str | None]:
    return dict(kinds(HEAD + sentence))


def test_a_rise_against_the_figure_compared_with_is_a_change():
    assert (
        _read("涨幅第一的是样例局,较2034年的预算执行数上升了220.12万元。")["220.12万元"] == "CHANGE"
    )
    assert _read("三公经费预算跌幅第一的是青岚局达2027.34万元。")["2027.34万元"] == "CHANGE"


def test_a_figure_of_the_year_compared_with_stays_read():
    assert _read("样例局2034年的预算执行数为220.12万元。")["220.12万元"] == "SPENDING"
    assert _read("样例局的三公经费预算达2027.34万元。")["2027.34万元"] == "BUDGET"


def test_parts_after_the_totals_rank_are_the_totals():
    read = _read("样例局的三公经费预算超过17亿元居10家部门之首,其中公务用车费用超过13亿元。")
    assert read["13亿元"] == "BUDGET"
    read = _read("样例局的三公经费预算超过17亿元,共购置车辆10辆,其中公务用车费用超过13亿元。")
    assert read["13亿元"] == "SPENDING"
