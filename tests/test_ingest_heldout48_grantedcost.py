"""Funds a project obtained (获得…资金: trial 48) are the budget it was granted, as 获批 is; a
cost the works were audited or settled at (审核造价, 结算造价) is OTHER, no money paid. A
contract's 造价, a 造价咨询费, and a 补助 named nearer the figure keep today's readings. Test
material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = "样例县2031年度农村道路硬化项目绩效自评报告\n一、项目基本情况\n"


def written(body: str) -> dict[str, str | None]:
    return {m.as_written: m.kind for m in extract(HEAD + body, "fictional.txt").money}


def test_funds_a_project_obtained_are_its_budget():
    body = "该项目经省交通厅评审入库,获得了省级交通专项资金650万元,用于12条道路硬化。\n"
    assert written(body)["650万元"] == "BUDGET"


def test_a_subsidy_named_nearer_keeps_its_reading():
    body = "项目获得资金后,收到上级补助312万元。\n"
    assert written(body)["312万元"] == "REVENUE"


def test_an_audited_cost_of_the_works_is_other():
    body = "工程经审计,审定造价3462108.55元,合同造价350万元,支付造价咨询费8600元。\n"
    found = written(body)
    assert found["3462108.55元"] == "OTHER"
    assert found["350万元"] == "CONTRACT"
    assert found["8600元"] == "SPENDING"
