"""What is left of the funds after their budget and spending (资金预算253.7万元,支出253.66万元,
余额404元: trial 51's 845) is carried over, not spent by the 支出 before it (``kindwords``); a
loan's or a debt's 余额 is no remainder of the funds. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = "样例市统计局2031年人口普查经费绩效自评报告\n"


def kinds(body: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(HEAD + body, "fictional.txt").money]


def test_the_balance_after_the_spending_is_carried_over():
    body = "该项目2031年度资金预算50万元,支出49.9万元,余额1000元,资金使用率99.8%。\n"
    assert kinds(body) == [("50万元", "BUDGET"), ("49.9万元", "SPENDING"), ("1000元", "CARRY_OVER")]


def test_a_loans_balance_is_not_carried_over():
    body = "该项目2031年度支出49.9万元,贷款余额300万元。\n"
    assert kinds(body)[1][1] != "CARRY_OVER"
