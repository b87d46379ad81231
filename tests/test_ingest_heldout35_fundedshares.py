"""The shares of a total handed down past the fund it is and what it is for: the thirty-fifth
held-out trial read 共下达5404万元中央资金用于…项目建设,其中甲县900万元、… as money received, the
中央 of the fund's name taken for a source, while the total is the budget handed down. Held on
fictional text, with the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚省某某厅2031年度转移支付资金绩效自评报告\n\n一、绩效目标分解下达情况\n\n"


def test_shares_past_the_fund_and_its_use_are_the_budget():
    text = REPORT + "省财政共下达800万元省级资金用于河道治理,其中北河县500万元、南溪县300万元。\n"
    assert kinds(text) == [("800万元", "BUDGET"), ("500万元", "BUDGET"), ("300万元", "BUDGET")]


def test_shares_of_money_received_take_the_total_received():
    # before, no word named them (unread); the total's kind is theirs as under any 其中
    text = REPORT + "共收到800万元省级资金用于河道治理,其中北河县500万元、南溪县300万元。\n"
    assert [kind for _, kind in kinds(text)] == ["REVENUE", "REVENUE", "REVENUE"]


def test_another_statement_between_leaves_the_shares_as_they_were():
    text = REPORT + "共下达800万元省级资金,已支出600万元,其中北河县500万元。\n"
    assert kinds(text)[1] == ("600万元", "SPENDING")
    assert kinds(text)[2] == ("500万元", "SPENDING")
