"""A sentence ending on a budget's 情况 heads the budget handed down only where it names no
account of spending before it (trial 51's 830, a news item relaying a 三公 note: 气象局…公布了
全国气象部门2010年“三公经费”财政拨款支出情况和2011年“三公经费”财政拨款预算安排情况。/ 其中,
2010年三公经费支出数为22738.55万元,…,公务用车购置及运行费16940.73万元: spent, not budgeted).
A heading of the budget alone (…下达预算及项目情况。, (二)项目内容和预算支出情况) still places
the amounts of the sentence after it (``kinds.allocated.under_budget_heading``). Test material,
fictional."""

from __future__ import annotations

from govkg.ingest.kinds.allocated import under_budget_heading


def at(text: str, figure: str) -> int:
    return text.index(figure)


def test_a_sentence_naming_spending_and_budget_heads_no_budget():
    text = (
        "样例局日前公布了本部门2030年“三公经费”财政拨款支出情况和2031年“三公经费”财政拨款"
        "预算安排情况。其中,2030年三公经费支出数为50万元,因公出国(境)费10万元,公务用车"
        "购置及运行费30万元,公务接待费10万元。"
    )
    assert under_budget_heading(text, at(text, "30万元")) is None


def test_a_sentence_naming_execution_or_accounts_before_the_budget_heads_no_budget():
    for account in ("预算执行情况", "决算情况", "资金使用情况"):
        text = f"本文说明2030年{account}和2031年预算安排情况。公务接待费10万元。"
        assert under_budget_heading(text, at(text, "10万元")) is None, account


def test_a_heading_of_the_budget_alone_still_places_the_amounts():
    text = "(一)样例资金下达预算及项目情况。年度资金30万元,本年度财政拨款30万元。"
    assert under_budget_heading(text, at(text, "30万元")) == "BUDGET"
    text = "(二)项目内容和预算支出情况。甲项目20万元。"
    assert under_budget_heading(text, at(text, "20万元")) == "BUDGET"
    text = "样例局公布了2031年“三公经费”财政拨款预算安排情况。公务接待费10万元。"
    assert under_budget_heading(text, at(text, "10万元")) == "BUDGET"
