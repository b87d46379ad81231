"""A figure the excerpt ends inside, under a heading that names a year (五、关于2031年度…说明):
the year is a date, not a figure, so the amount before the heading still gives the unit and
the cut figure is listed unread (trial 46's 704). Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = "样例县档案局2031年度部门决算公开说明\n"


def _cut(text: str):
    return [m for m in extract(text, "fictional.txt").money if m.as_written.startswith("987")]


def test_a_cut_figure_after_a_heading_naming_a_year_is_listed_unread():
    text = HEAD + (
        "三、财政拨款收入支出决算总体情况\n2031年财政拨款收入为412.30万元,比上年增加20.10万元。\n"
        "四、2031年度一般公共预算财政拨款支出决算情况\n(一)总体情况。\n"
        "本年一般公共预算财政拨款支出合计987"
    )
    cut = _cut(text)
    assert len(cut) == 1
    assert cut[0].kind is None
    assert cut[0].unit == "万元"


def test_a_heading_with_a_figure_of_its_own_still_bars_the_unit():
    text = HEAD + (
        "三、财政拨款收入支出决算总体情况\n2031年财政拨款收入为412.30万元,比上年增加20.10万元。\n"
        "四、一般公共预算财政拨款支出决算情况(3项)\n(一)总体情况。\n"
        "本年一般公共预算财政拨款支出合计987"
    )
    assert _cut(text) == []


def test_too_many_lines_between_still_bar_the_unit():
    text = HEAD + (
        "三、财政拨款收入支出决算总体情况\n2031年财政拨款收入为412.30万元。\n"
        "四、2031年度支出决算情况\n(一)总体情况。\n(二)分类情况。\n"
        "本年支出合计987"
    )
    assert _cut(text) == []
