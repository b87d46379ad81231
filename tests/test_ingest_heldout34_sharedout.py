"""A fund said after its figure to be shared out among recipients: the thirty-fourth held-out
trial (texts 429–450) read 资金6800万元进行了合理分解,已全部分解到位,其中甲市780万元、… as money
spent (a 使用 of the clause before) and each recipient's share as money received (the 到位 of
分解到位), and …补助地方资金10401.21万元分两批下达 as received by the 收入 / 补助 of its name.
Held on fictional text, with the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚县某某局2031年度转移支付资金绩效自评报告\n\n一、资金投入情况\n\n"


def test_a_fund_shared_out_is_a_budget_and_so_are_the_shares():
    text = REPORT + (
        "按照项目进度和使用情况,我厅对林业补助资金500万元进行了分配,已全部分配到位,"
        "其中东山县300万元、西河县200万元。\n"
    )
    assert kinds(text) == [("500万元", "BUDGET"), ("300万元", "BUDGET"), ("200万元", "BUDGET")]


def test_a_fund_handed_down_in_batches_is_a_budget():
    text = REPORT + "2031年度燃油税收入返还资金88.5万元分三批下达,用于农村公路养护。\n"
    assert kinds(text) == [("88.5万元", "BUDGET")]


def test_a_change_handed_down_in_batches_stays_a_change():
    text = REPORT + "补助资金较上年增加20万元,分两批下达。\n"
    assert kinds(text) == [("20万元", "CHANGE")]


def test_funds_arrived_in_full_stay_received():
    text = REPORT + "上级补助资金500万元已全部拨付到位,其中东山县300万元、西河县200万元。\n"
    assert kinds(text)[0] == ("500万元", "REVENUE")


def test_spending_without_a_share_out_keeps_its_reading():
    text = REPORT + "全年实际支出资金80万元,用于农村公路养护。\n"
    assert kinds(text) == [("80万元", "SPENDING")]
