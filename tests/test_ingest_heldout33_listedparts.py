"""Parts listed after 其中 read by their own words: the thirty-third held-out trial (texts
413–428) read the first of eight township allocations (其中:白腦包鎮補助資金10萬元、…) as money
received, its words reaching back to the 进行补助 of the clause naming the total; the seven
after it were read as the total's budget. Held on fictional text, with the readings the rules
must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚县某某局2031年度项目资金绩效自评报告\n\n一、项目基本情况\n\n"


def test_the_first_part_after_a_clause_of_aid_has_the_totals_kind():
    text = REPORT + (
        "县财政下达的资金总额30万元,用于对受灾农户给予补助,其中:东乡补助资金12万元、"
        "西乡补助资金18万元。\n"
    )
    assert kinds(text) == [("30万元", "BUDGET"), ("12万元", "BUDGET"), ("18万元", "BUDGET")]


def test_parts_received_by_their_own_words_stay_received():
    text = REPORT + (
        "县财政下达的资金总额30万元,用于对受灾农户给予补助,其中:东乡收到资金12万元、"
        "西乡收到资金18万元。\n"
    )
    assert kinds(text)[1:] == [("12万元", "REVENUE"), ("18万元", "REVENUE")]


def test_parts_that_do_not_add_up_keep_todays_reading():
    text = REPORT + (
        "县财政下达的资金总额30万元,用于对受灾农户给予补助,其中:东乡补助资金12万元、"
        "西乡补助资金17万元。\n"
    )
    assert kinds(text)[1] == ("12万元", "REVENUE")
