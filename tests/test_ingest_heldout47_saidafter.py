"""Words said after a figure: money said not yet paid on (还有600万元暂未拨付) is neither
received nor spent; a 下达 under a heading of funds in place, its arrival said right after it
with the fund named again (…资金30万元,资金已全部到位), is money received (trial 47's 724,
727). Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(text, "fictional.txt").money]


NOT_YET = (
    "样例区水务局防洪项目转移支付2031年度绩效自评报告\n一、绩效目标分解下达情况\n"
    "本项目省级拨付资金900万元,其中已拨付项目单位650万元,尚有250万元暂未拨付,待验收后拨付。\n"
)


def test_money_not_yet_paid_on_is_other():
    assert dict(_kinds(NOT_YET))["250万元"] == "OTHER"


def test_money_paid_on_later_in_its_clause_is_not_this_reading():
    # 250万元未拨付到项目单位: the verb goes on, not the clause's end: today's reading kept
    text = NOT_YET.replace("尚有250万元暂未拨付,待验收后拨付", "另250万元暂未拨付到项目单位")
    before = dict(_kinds(NOT_YET.replace("尚有250万元暂未拨付,待验收后拨付", "另250万元")))
    assert dict(_kinds(text))["250万元"] == before["250万元"]


ARRIVED = (
    "样例市应急管理局防汛资金2031年度绩效自评报告\n一、绩效目标分解下达情况\n"
    "2031年,省财政厅下达我市防汛救灾资金45万元,用于防汛物资购置。\n"
    "二、绩效目标完成情况分析\n(一)资金投入情况分析\n1.资金到位情况\n"
    "2031年,省财政厅通过样财〔2031〕12号下达我市防汛救灾资金45万元,资金已全部到位。\n"
)


def test_handed_down_under_an_arrival_heading_said_arrived_right_after_is_revenue():
    assert _kinds(ARRIVED) == [("45万元", "BUDGET"), ("45万元", "REVENUE")]


def test_the_same_words_under_another_heading_stay_a_budget():
    text = ARRIVED.replace("1.资金到位情况\n", "")
    assert _kinds(text) == [("45万元", "BUDGET"), ("45万元", "BUDGET")]
