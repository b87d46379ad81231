"""A project's funds named right before their figure, no act said: the fortieth held-out
trial read 2022年…养护项目经费为人民币324.11万元 and 2020年項目經費10萬元主要用於… as spent, by
the 经费 of the fund's name. Held on fictional text, with the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "某某县某某局2031年度项目支出绩效自评报告\n\n一、项目基本情况\n\n"


def test_a_projects_funds_before_their_figure_are_its_budget():
    text = REPORT + "本年度河道清淤项目经费共计48.6万元,分两批拨付。\n"
    assert kinds(text) == [("48.6万元", "BUDGET")]


def test_a_projects_funds_stated_as_spent_stay_spent():
    text = REPORT + "河道清淤项目经费已支出8万元。\n"
    assert kinds(text) == [("8万元", "SPENDING")]


def test_a_part_of_a_total_spent_stays_spent():
    text = REPORT + "本年支出100万元,其中:人员经费50万元,项目经费50万元。\n"
    assert kinds(text) == [("100万元", "SPENDING"), ("50万元", "SPENDING"), ("50万元", "SPENDING")]


def test_project_funds_under_a_heading_of_funds_in_place_keep_their_reading():
    text = REPORT + "1.项目资金到位情况。\n截至年底,河道清淤项目经费12万元。全部列入预算。\n"
    assert kinds(text) == [("12万元", "REVENUE")]


def test_a_mirrors_project_funds_read_through_its_readings_are_the_budget():
    text = REPORT + "一、概況。2031年項目經(jīng)費12萬元主要用于設(shè)備更新。\n"
    assert kinds(text) == [("12萬元", "BUDGET")]
