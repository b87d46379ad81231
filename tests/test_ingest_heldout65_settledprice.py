"""Trial 65's 1343 (a county-level city's announcement of three projects' implementation), by
class, on fictional text: the price the works were settled at (结算价) after the planned
investment is the contract's, CONTRACT (``kinds.kindwords``), not the plan the 计划投资 before it
names. An audit's 结算审核造价 and a 预结算 are not this word. Test material, fictional."""

from __future__ import annotations

from fictional_text import kinds

HEAD = "样例乡2035年项目支出绩效自评报告\n一、青岚村大棚建设项目\n"
USE = "(一)资金使用情况:计划投资80万元,结算价76.5万元,管理费使用1万元,项目结余2.5万元。\n"


def test_the_settled_price_is_the_contracts():
    read = dict(kinds(HEAD + USE))
    assert read["80万元"] == "PLANNED"
    assert read["76.5万元"] == "CONTRACT"
    assert read["2.5万元"] == "CARRY_OVER"


def test_an_audited_cost_is_no_settled_price():
    audited = HEAD + "项目结算审核造价为76.5万元。\n"
    assert dict(kinds(audited))["76.5万元"] != "CONTRACT"
