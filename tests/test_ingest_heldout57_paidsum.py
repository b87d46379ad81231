"""Trial 57's 1051: the sum of what was paid out, said with the sum's word after what was paid
(发放住房租赁补助金总金额23.139万元), is spent, as 发放补助金2126.81万元 is; the 金额 names no kind
of its own (``kinds.disbursed``). A payment planned keeps its plan. Test material, fictional."""

from __future__ import annotations

from fictional_text import kinds

TITLE = "样例市住房和城乡建设局2035年住房租赁补贴项目支出绩效自评报告\n"


def read(text: str) -> dict[str, str | None]:
    return dict(kinds(TITLE + text))


def test_the_sum_paid_out_said_总金额_is_spent():
    text = "2035年度我市共发放住房租赁补贴120户,发放住房租赁补助金总金额12.5万元。\n"
    assert read(text)["12.5万元"] == "SPENDING"


def test_the_sum_paid_said_金额_or_总额_is_spent():
    assert read("全年发放生活补贴金额8.2万元。\n")["8.2万元"] == "SPENDING"
    assert read("本年度支付租赁补助资金总额6.4万元。\n")["6.4万元"] == "SPENDING"


def test_a_payment_planned_keeps_its_plan():
    assert read("计划发放住房租赁补助金总金额20万元。\n")["20万元"] != "SPENDING"
