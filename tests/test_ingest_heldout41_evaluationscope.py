"""The funds an evaluation's scope lists: the forty-first held-out trial read the funds a
letter's 评价资金范围包括… listed as spent, by the 支出 of 专项支出绩效评价 before the scope,
and left those after a plain 业务费 unread. They are the funds evaluated, their budget, no
act said. Held on fictional text, with the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "某某市某某局2031年度项目支出绩效评价报告\n\n一、评价概况\n\n"


def test_the_funds_a_scope_lists_are_their_budget():
    text = REPORT + (
        "本次项目支出绩效评价的资金范围为:河道清淤经费120万元、文体设施资金35.5万元"
        "和档案数字化项目8万元。\n"
    )
    assert kinds(text) == [("120万元", "BUDGET"), ("35.5万元", "BUDGET"), ("8万元", "BUDGET")]


def test_funds_brought_into_an_evaluation_scope_are_their_budget():
    text = REPORT + "纳入2031年度绩效评价范围的有:社区养老服务补助1,200万元、老年食堂建设450万元。\n"
    assert kinds(text) == [("1,200万元", "BUDGET"), ("450万元", "BUDGET")]


def test_a_scope_item_saying_its_own_act_keeps_its_words():
    text = REPORT + "评价范围包括:河道清淤项目,已支出经费90万元;文体设施实际支出30万元。\n"
    assert kinds(text) == [("90万元", "SPENDING"), ("30万元", "SPENDING")]


def test_spending_said_of_the_funds_in_scope_stays_spent():
    text = REPORT + "纳入本次评价范围的项目支出共计150万元。\n"
    assert kinds(text) == [("150万元", "SPENDING")]


def test_a_sentence_about_spending_that_mentions_an_evaluation_keeps_its_reading():
    text = REPORT + "根据绩效评价结果,本年度项目支出经费80万元,用于河道清淤。\n"
    assert kinds(text) == [("80万元", "SPENDING")]


def test_spending_in_a_final_account_keeps_its_reading():
    text = (
        "某某市某某局2031年度部门决算公开说明\n\n"
        "2031年度决算支出绩效评价范围包括:基本支出300万元、项目支出120万元。\n"
        "本年支出合计420万元。\n"
    )
    assert kinds(text) == [("300万元", "SPENDING"), ("120万元", "SPENDING"), ("420万元", "SPENDING")]
