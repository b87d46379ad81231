"""A sum granted with its fund named after the figure (甲市获得300万元奖励资金) is the budget
granted, as 获得…资金X万元 is (trial 49's 768). Its uses (一是200万元用于…) stay unread: the
corpus reads N万元用于… both ways. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = "样例省2031年度小微企业融资奖励资金绩效自评报告\n二、奖励资金使用情况\n"


def written(body: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(HEAD + body, "fictional.txt").money]


def test_a_sum_granted_named_after_its_figure_is_a_budget():
    body = "甲市获得300万元奖励资金,一是200万元用于补充担保公司资本金;二是100万元用于风险补偿。\n"
    assert written(body) == [("300万元", "BUDGET"), ("200万元", None), ("100万元", None)]


def test_a_gain_with_no_fund_after_it_stays_unread():
    body = "该公司2031年获得3万元利润。\n"
    assert written(body) == [("3万元", None)]
    body = "乙县获得50万元。\n"
    assert written(body) == [("50万元", None)]
