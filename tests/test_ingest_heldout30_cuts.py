"""A cut (压减, 削减) is a change, as 减少 is: the thirtieth held-out trial (texts 375–386) left
a 决算 note's 项目压减7.00万元 unread. Held on fictional text with the readings to keep."""

from __future__ import annotations

from fictional_text import kinds

NOTE = "青岚市某某协会2031年度决算公开说明\n\n二、收入支出决算总体情况说明\n\n"


def test_a_cut_of_a_project_is_a_change():
    text = NOTE + "本年支出合计88.5万元,其中会议费削减2.5万元,宣传项目压减了4万元。\n"
    assert kinds(text) == [("88.5万元", "SPENDING"), ("2.5万元", "CHANGE"), ("4万元", "CHANGE")]


def test_a_cut_before_other_words_of_kind_leaves_them_their_reading():
    text = NOTE + "压减公用经费后,本年支出合计88.5万元;节约3万元。\n"
    assert kinds(text) == [("88.5万元", "SPENDING"), ("3万元", "SAVING")]
