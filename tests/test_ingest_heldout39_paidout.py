"""Money paid out, said by its verb: the thirty-ninth and fortieth held-out trials read
…共计152萬元資金全部支付到位 (a unit paying firms their subsidy) and 该项目已拨付工程款700万元
(the works' price paid to the builder) as money received. Held on fictional text, with the
readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "某某县某某局2031年度项目支出绩效自评报告\n\n一、项目资金情况\n\n"


def test_a_subsidy_said_after_its_figure_to_be_paid_in_full_is_spent():
    text = (
        REPORT + "我局将农机补助资金办理完毕,经核对其中18家合作社共计46.8万元资金全部支付到位。\n"
    )
    assert kinds(text) == [("46.8万元", "SPENDING")]


def test_funds_said_after_their_figure_to_have_arrived_stay_received():
    text = REPORT + "上级补助资金46.8万元已全部拨付到位。\n"
    assert kinds(text) == [("46.8万元", "REVENUE")]


def test_the_price_of_works_paid_on_is_spent():
    text = REPORT + "截至年底,区财政局累计拨付进度款360万元,剩余款项待竣工后拨付。\n"
    assert kinds(text) == [("360万元", "SPENDING")]


def test_funds_paid_to_the_unit_stay_received():
    text = REPORT + "区财政局已拨付专项资金360万元。\n"
    assert kinds(text) == [("360万元", "REVENUE")]
