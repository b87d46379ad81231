"""Trial 62's 1240 (a school's student-aid project evaluation on a mirror: 项目批复资金350万已全部
到位,属于省财政下拨资金, read as a budget by its 批复). Pattern: funds approved, said right after
their figure to have all arrived, are money received, as the corpus reads 到位 said after a figure
(``kinds.approvedarrived``, asked in ``money``). Not funds approved with no arrival said, not an
approved total investment, not a budget said 预算. Test material, fictional."""

from __future__ import annotations

from fictional_text import kinds

TITLE = "青岚区样例学校2035年度资助项目绩效评价报告\n一、项目概况\n"


def test_approved_funds_said_to_have_arrived_are_received():
    text = TITLE + "项目批复资金120万元已全部到位,属于区财政下拨资金。\n"
    assert kinds(text) == [("120万元", "REVENUE")]


def test_approved_funds_with_no_arrival_or_another_budget_word_keep_their_reading():
    assert kinds(TITLE + "项目批复资金120万元,用于学生资助。\n") == [("120万元", "BUDGET")]
    assert kinds(TITLE + "项目批复总投资120万元已全部到位。\n") == [("120万元", "BUDGET")]
