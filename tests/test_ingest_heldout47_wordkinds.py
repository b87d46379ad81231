"""Two kind words of trial 47 (726, 725): losses a disaster caused (经济损失) are no money of
the unit's, OTHER; the sum a document of allocation sets for a fund (文件规定…金额) is a
budget. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(text, "fictional.txt").money]


def _report(body: str) -> str:
    return "样例县应急管理局2031年度防汛资金转移支付绩效自评报告\n一、基本情况\n" + body + "\n"


def test_losses_caused_are_other():
    text = _report("2031年6月,全县遭受洪涝灾害,直接经济损失共3200.5万元,受灾人口1.2万人。")
    assert _kinds(text) == [("3200.5万元", "OTHER")]


def test_sum_a_document_sets_is_a_budget():
    text = _report("按照《样例省财政厅关于下拨防汛资金的通知》,通知规定的资金为45万元。")
    assert _kinds(text) == [("45万元", "BUDGET")]


def test_a_rule_for_a_rate_and_a_plain_sum_keep_their_readings():
    text = _report("按文件规定标准每人补助500元,共发放补助金额3万元。")
    kinds = dict(_kinds(text))
    assert kinds["500元"] == "PRICE_OR_RATE"
    assert kinds["3万元"] != "BUDGET"
