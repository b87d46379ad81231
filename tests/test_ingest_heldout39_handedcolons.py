"""A list of names and figures, each after its colon, that a 下达 opens: the thirty-ninth and
fortieth held-out trials read 2020年下达了…经费:514.56万元,…养护费:30.58万元 as spent (the 经费
of the name, the colon read as a list's lead). Held on fictional text, with the readings the
rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "某某省某某厅2031年度专项资金绩效自评报告\n\n一、专项资金基本情况\n\n"


def test_fees_handed_down_each_after_its_colon_are_the_budget():
    text = REPORT + "市财政于2031年共下达河道保洁经费:86万元,设备维修费:12.5万元,宣传资金:3万元。\n"
    assert kinds(text) == [("86万元", "BUDGET"), ("12.5万元", "BUDGET"), ("3万元", "BUDGET")]


def test_an_item_saying_it_was_spent_keeps_its_reading():
    text = REPORT + "2031年下达资金20万元,已支出经费:3万元。\n"
    assert kinds(text) == [("20万元", "BUDGET"), ("3万元", "SPENDING")]


def test_a_colon_list_no_handing_down_opens_keeps_its_reading():
    text = REPORT + "本年度支出经费:8万元,培训费:2万元。\n"
    assert kinds(text) == [("8万元", "SPENDING"), ("2万元", "SPENDING")]


def test_a_budget_named_before_its_colon_stays_the_budget():
    text = REPORT + "本年预算:8万元。\n"
    assert kinds(text) == [("8万元", "BUDGET")]
