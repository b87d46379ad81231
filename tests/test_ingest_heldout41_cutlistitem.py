"""A figure the excerpt ends inside as the next item of a list of amounts, its point kept
(kinds.money._cut_at_the_end): forty-first held-out trial, held on fictional text with the
near misses it must not fire on.
"""

from __future__ import annotations

from govkg.ingest.extract import extract

TITLE = "青岚县交通局2023年度项目支出绩效自评报告\n"
LIST = TITLE + "本年共安排项目资金120.5万元,其中:道路养护45万元、路灯更换30.2万元、{tail}"


def _money(text):
    return [(m.as_written, m.kind, m.reason) for m in extract(text, "f.txt").money]


def test_the_cut_next_item_of_a_list_is_listed_unread_with_its_point():
    got = _money(LIST.format(tail="2023年度桥梁检测6."))
    assert got[-1][:2] == ("6.", None)
    assert "ends inside this figure" in got[-1][2]
    assert [w for w, k, _ in got if k] == ["120.5万元", "45万元", "30.2万元"]


def test_a_cut_item_without_its_point_is_listed_too():
    got = _money(LIST.format(tail="桥梁检测17"))
    assert got[-1][:2] == ("17", None)


def test_a_list_number_opening_the_next_line_is_no_cut_figure():
    got = _money(LIST.format(tail="桥梁检测10万元。\n2."))
    assert all(w != "2." and w != "2" for w, _, _ in got)


def test_a_figure_after_a_sentence_with_no_money_word_is_not_taken():
    got = _money(TITLE + "本年共安排项目资金120.5万元。完成检测桥梁3")
    assert [w for w, _, _ in got] == ["120.5万元"]
