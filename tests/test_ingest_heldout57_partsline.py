"""Tests, on fictional text, for a line opening on 其中 that lists the parts of the 三公 total
the line above states (``text.introducedlines``, trial 57's 1073, a news item on 福建's 2016
省级 三公 决算): the items take the total's kind; near cases where they stay unread.
"""

from __future__ import annotations

from fictional_text import kinds

NEWS = (
    "近日,样例省财政厅晒出2031年省级“三公”经费账单。"
    "2031年省级“三公”经费支出3.20亿元,比上年减少支出0.40亿元,降幅达到11.1%。\n"
    "{gap}其中,因公出国(境)费0.50亿元,比2030年减少20.5万元;公务用车购置及运行费2.10亿元,"
    "包括公务用车购置费0.30亿元和公务用车运行费1.80亿元;公务接待费0.60亿元,比2030年减少0.10亿元。\n"
)


def _kinds(gap=""):
    return dict(kinds(NEWS.format(gap=gap)))


def test_the_items_under_a_parts_line_take_the_total_kind_above():
    read = _kinds()
    assert read["3.20亿元"] == "SPENDING"
    for item in ("0.50亿元", "2.10亿元", "0.30亿元", "1.80亿元", "0.60亿元"):
        assert read[item] == "SPENDING", item
    assert read["0.10亿元"] == "CHANGE"  # its own words name a change


def test_a_budget_total_above_gives_its_items_budget():
    budget = NEWS.replace(
        "“三公”经费支出3.20亿元,比上年减少支出0.40亿元,降幅达到11.1%",
        "“三公”经费预算3.20亿元",
    )
    read = dict(kinds(budget.format(gap="")))
    assert read["3.20亿元"] == "BUDGET"
    assert read["0.60亿元"] == "BUDGET"


def test_a_blank_line_before_the_parts_line_keeps_them_unread():
    read = _kinds(gap="\n")
    assert read["0.50亿元"] is None
    assert read["0.60亿元"] is None


def test_only_the_one_line_above_is_joined():
    # the total two lines up, a line of counts between: the items' total is not the line above's
    counted = NEWS.replace("降幅达到11.1%。\n", "降幅达到11.1%。\n全省公务用车保有量1200辆。\n")
    read = dict(kinds(counted.format(gap="")))
    assert read["0.50亿元"] is None
