"""Parts on numbered lines after a closing 其中, each described at length: the thirty-ninth
trial's 551 left its third item (…土地流转费146.6万元:…) unread, the 其中 line lying more
than 600 characters before it. ``linedparts`` now looks 1500 characters back; the lines
between must still all be numbered items. Held on fictional text, with the reading the rule
must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "某某县某某局2031年度项目支出绩效自评报告\n\n一、项目基本情况\n\n"
LONG = "围绕山区农业提质增效,统筹布局种植、加工与展示功能,完善道路沟渠等配套设施。" * 20


def test_a_part_far_below_its_closing_among_takes_the_total_kind():
    text = REPORT + (
        "本局2031年参与评价的项目共2个,项目支出300万元。其中:\n"
        f"1、山区茶园提升项目200万元:{LONG}\n"
        f"2、甲村土地租赁费100万元:{LONG}\n"
    )
    assert kinds(text) == [
        ("300万元", "SPENDING"),
        ("200万元", "SPENDING"),
        ("100万元", "SPENDING"),
    ]


def test_a_line_not_numbered_between_ends_the_list():
    text = REPORT + (
        "本局2031年参与评价的项目共2个,项目支出300万元。其中:\n"
        f"1、山区茶园提升项目200万元:{LONG}\n"
        "以上项目均按计划实施。\n"
        f"2、甲村土地租赁费100万元:{LONG}\n"
    )
    assert ("100万元", "SPENDING") not in kinds(text)
