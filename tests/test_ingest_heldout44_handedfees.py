"""A 经费 handed down under a heading of funds in place: the forty-fourth held-out trial read
the first sentence after 1.项目资金到位情况 (…市财政局下达我局项目前期工作经费200.00万元) as
spending by its 经费, where the text says the fee was handed down, a budget (``allocated``).
Held on fictional text, with the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "某某县水利局2031年度项目支出绩效自评报告\n\n一、项目资金情况\n"


def test_a_fee_handed_down_under_a_heading_of_funds_in_place_is_a_budget():
    text = REPORT + (
        "(一)资金到位情况分析\n"
        "依照县财政局《关于下达2031年度河道清淤工作经费的通知》,县财政局于3月5日"
        "向我单位下达河道清淤工作经费共计48万元。\n"
        "(二)资金使用情况\n实际支出清淤经费48万元。\n"
    )
    assert kinds(text) == [("48万元", "BUDGET"), ("48万元", "SPENDING")]


def test_a_fee_handed_down_said_to_have_arrived_is_received():
    text = REPORT + "1.项目资金到位情况。县财政局下达我局河道清淤经费48万元,全部到位。\n"
    assert kinds(text) == [("48万元", "REVENUE")]


def test_a_fee_handed_down_and_used_stays_spending():
    text = REPORT + "1.项目资金到位情况\n县财政局下达经费已使用48万元。\n"
    assert kinds(text) == [("48万元", "SPENDING")]


def test_a_fund_handed_down_under_the_heading_stays_received():
    text = REPORT + "1.项目资金到位情况\n2031年共下达我县河道清淤补助资金48万元。\n"
    assert kinds(text) == [("48万元", "REVENUE")]


def test_a_fee_with_no_hand_down_under_the_heading_stays_received():
    text = REPORT + "1.项目资金到位情况\n本单位河道清淤工作经费48万元。\n"
    assert kinds(text) == [("48万元", "REVENUE")]  # ``executed.arrived_named_kind``
