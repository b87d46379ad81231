"""Trial 62's 1263 (a county development centre's 2016 self-evaluation: 完成农民集中建房农发行贷款
项目3.5亿元的申贷、审批工作, listed unread before). Pattern: a loan a bank lends (银行, 农发行…)
named right before its figure is the bank's money lent, OTHER, not the unit's budget
(``kinds.kindwords``). A loan's interest subsidy (贷款贴息), public money, and a bank loan named
farther from the figure keep their reading. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.kinds.kindwords import kind_of


def test_a_bank_loan_right_before_its_figure_is_other():
    assert kind_of("完成集中建房农发行贷款项目") == "OTHER"
    assert kind_of("争取银行贷款资金") == "OTHER"


def test_a_loans_interest_subsidy_is_no_bank_loan():
    assert kind_of("下达小额担保贷款贴息资金") != "OTHER"
    assert kind_of("银行贷款到位后支出") == "SPENDING"
