"""Amounts of the twenty-third and twenty-fourth held-out trials: a year glued to the figure
it compares with (``text.gluedyear``); held on fictional text, with the cases it must not
fire on."""

from __future__ import annotations

from decimal import Decimal

from fictional_text import found

NOTE = "青川县水文站2019年度部门决算公开补充说明\n"


def test_a_year_glued_after_a_comparison_word_is_no_part_of_the_figure():
    text = NOTE + "3、2019年本单位运行经费支出8.42万元,较20187.96万元增加了0.46万元,增加率为6%。\n"
    written = [(w, y) for w, _, y, _ in found(text)]
    assert ("7.96万元", Decimal("79600")) in written
    assert not any(w.startswith("2018") for w, _ in written)


def test_a_figure_starting_with_20_and_no_year_before_it_is_kept_whole():
    text = NOTE + (
        "1、本年收入决算20185.3万元,较上年20134.6万元增加50.7万元。"
        "2、2019年支出决算20150.4万元,比20160.2万元减少9.8万元。"
        "3、2019年度支出决算300万元,与20191.5万元持平。\n"
    )
    written = [w for w, _, _, _ in found(text)]
    assert "20134.6万元" in written  # no year stated in its sentence
    assert "20160.2万元" in written  # 2016 is not the year before 2019
    assert "20191.5万元" in written  # 2019 is the year stated itself, not the year before
