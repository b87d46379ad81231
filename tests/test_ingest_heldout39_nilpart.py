"""A part stated as none before the amount's own under 其中: the thirty-ninth held-out trial
read 安排公车购置及运行维护费130万元,其中:购置经费无,运行维护费130万元 (a 三公 budget note) as
spent, by the 经费 of the nil part before it. Held on fictional text, with the readings the
rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "某某市某某局2031年三公经费预算情况说明\n\n一、三公经费预算\n\n"
ACCOUNTS = "某某市某某局2031年度部门决算公开说明\n\n一、三公经费支出情况\n\n"


def test_the_part_after_a_nil_part_takes_its_budget_total():
    text = REPORT + "2031年安排因公出国(境)及接待费8万元,其中:出国经费为零,公务接待费8万元。\n"
    assert kinds(text) == [("8万元", "BUDGET"), ("8万元", "BUDGET")]


def test_the_part_after_a_nil_part_of_spending_stays_spent():
    text = ACCOUNTS + "2031年公车购置及运行维护费支出12万元,其中:购置费无,运行维护费12万元。\n"
    assert kinds(text) == [("12万元", "SPENDING"), ("12万元", "SPENDING")]


def test_a_part_saying_it_was_spent_keeps_its_reading():
    text = REPORT + "2031年安排会议费5万元,其中:培训经费无,支出会议经费5万元。\n"
    assert kinds(text) == [("5万元", "BUDGET"), ("5万元", "SPENDING")]
