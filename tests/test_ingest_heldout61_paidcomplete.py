"""Trial 61's 1215, by class, on fictional texts: a project's funds said after their figure to be
paid out in full (項目資金共157萬元,已全部撥付完成): the payer's act done, SPENDING, as 支付到位 is
(kinds/saidafter ``PAID_ON_AFTER``). Unread before. 已拨付到位 (arrived) stays REVENUE, and a
figure with no 拨付完成 after it stays unread. Test material, fictional."""

from __future__ import annotations

from fictional_text import found

TITLE = "青岚镇2035年样例路项目绩效运行监控报告\n一、绩效运行开展情况\n"


def _kind(sentence: str) -> str | None:
    return next(k for w, k, _a, _r in found(TITLE + sentence) if w.startswith("96"))


def test_funds_said_paid_out_in_full_are_spent():
    assert _kind("项目资金共96万元,已全部拨付完成。") == "SPENDING"
    assert _kind("項目資金共96萬元,已全部撥付完畢。") == "SPENDING"


def test_funds_said_arrived_stay_received():
    assert _kind("项目资金共96万元,已全部拨付到位。") == "REVENUE"


def test_funds_with_nothing_said_after_stay_unread():
    assert _kind("项目资金共96万元,已开工建设。") is None
