"""Trial 60's 1171, by class, on fictional texts: the funds one evaluation of a named project
covers (对2034-2035年样例保洁项目开展重点绩效评价,涉及资金1.2亿元) are the size of what was evaluated,
OTHER, as a count of evaluations' are (``kinds.evaluatedcount``). Before, 1171's 6.5亿元 was
listed unread. An act's word between (涉及预算资金), or 涉及资金 with no evaluation before it,
keep their readings. Test material, fictional."""

from __future__ import annotations

from fictional_text import kinds

HEAD = "青岚区2035年项目支出绩效评价报告\n"


def test_the_funds_one_project_evaluation_covers_are_other():
    text = "青岚区财政局对2034-2035年样例保洁项目开展重点绩效评价,涉及资金1.2亿元。\n"
    assert dict(kinds(HEAD + text))["1.2亿元"] == "OTHER"
    text = "青岚区财政局对样例补助政策进行了绩效评价,涉及资金3500万元。\n"
    assert dict(kinds(HEAD + text))["3500万元"] == "OTHER"


def test_an_act_between_or_no_evaluation_keeps_its_reading():
    text = "青岚区财政局对2034-2035年样例保洁项目开展重点绩效评价,涉及预算资金1.2亿元。\n"
    assert dict(kinds(HEAD + text))["1.2亿元"] == "BUDGET"
    text = "青岚区财政局对2034-2035年样例保洁项目开展巡查,涉及资金1.2亿元。\n"
    assert dict(kinds(HEAD + text))["1.2亿元"] != "OTHER"
