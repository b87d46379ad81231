"""Money a project means to apply for (拟申请) and money due to be paid (应支付) are planned, not
a budget granted or money paid (trial 49's 760 and 762). Near misses keep today's reading.
Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = "样例县2031年度样例项目专项资金绩效自评报告\n一、项目概况\n"


def written(body: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(HEAD + body, "fictional.txt").money]


def test_an_application_planned_is_planned():
    body = "债券规模:本项目拟申请债券资金总额1200万元,用于样例县医院住院楼建设。\n"
    assert written(body) == [("1200万元", "PLANNED")]


def test_an_application_made_stays_a_budget():
    body = "该项目申请专项债券资金800万元,2031年已拨付资金300万元。\n"
    assert written(body)[0] == ("800万元", "BUDGET")


def test_money_due_to_be_paid_is_planned_and_the_payment_spent():
    body = "2031年应支付贴息资金88.5万元,实际支付70.2万元,执行率79%。\n"
    assert written(body) == [("88.5万元", "PLANNED"), ("70.2万元", "SPENDING")]


def test_a_payment_made_accordingly_stays_spent():
    body = "按合同约定相应支付工程进度款45万元。\n"
    assert written(body) == [("45万元", "SPENDING")]
    body = "截至年底已支付贴息资金30万元。\n"
    assert written(body) == [("30万元", "SPENDING")]
