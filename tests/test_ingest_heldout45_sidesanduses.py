"""Two readings of prose amounts the forty-fifth held-out trial got wrong: a 项目支出 stated
right after its 项目收入 is the other side of the account, not a part of the revenue
(``kinds.mirroredside``); and the items a spent amount was mainly used for (…支出X万元,主要
用于:甲A万元,乙B万元) are spending (``kinds.usedforitems``). Held on fictional text, with the
readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "某某县档案馆2031年度项目支出绩效自评报告\n\n一、项目概况\n"
ACCOUNTS = "某某区科学技术协会2031年度部门决算说明\n\n一、关于支出情况的说明\n"


def test_project_spending_after_project_revenue_is_spending():
    text = REPORT + "纳入评价的项目共3个,项目收入120.5万元,项目支出118万元,结余2.5万元。\n"
    assert ("118万元", "SPENDING") in kinds(text)
    assert ("120.5万元", "REVENUE") in kinds(text)


def test_basic_spending_after_basic_revenue_is_spending():
    text = REPORT + "基本收入40万元、基本支出39万元。\n"
    assert kinds(text)[:2] == [("40万元", "REVENUE"), ("39万元", "SPENDING")]


def test_a_class_under_a_revenue_total_keeps_the_total_s_kind():
    # a part of money received, split by its use: not the mirrored side
    text = REPORT + "实际到位资金300万元(其中基本支出200万元、项目支出100万元)。\n"
    assert kinds(text) == [("300万元", "REVENUE"), ("200万元", "REVENUE"), ("100万元", "REVENUE")]


def test_items_a_spent_amount_was_mainly_used_for_are_spending():
    text = ACCOUNTS + (
        "“其他科学技术支出”26万元,主要用于:全区青少年科技创新大赛和科普讲座进校园活动8万元,"
        "全区院士专家工作站与学会服务站建设12万元,全民科学素质纲要宣传活动6万元。\n"
    )
    assert kinds(text) == [
        ("26万元", "SPENDING"),
        ("8万元", "SPENDING"),
        ("12万元", "SPENDING"),
        ("6万元", "SPENDING"),
    ]


def test_items_after_a_budget_s_main_use_are_not_read_as_spent():
    text = REPORT + "年初预算安排30万元,主要用于:科普讲座8万元,院士工作站22万元。\n"
    assert ("8万元", "SPENDING") not in kinds(text)
    assert ("22万元", "SPENDING") not in kinds(text)


def test_an_item_s_own_kind_word_is_kept():
    text = ACCOUNTS + "“其他科学技术支出”26万元,主要用于:上级补助收入返还8万元。\n"
    assert ("8万元", "SPENDING") not in kinds(text)


def test_no_use_across_a_sentence_end():
    text = ACCOUNTS + "“其他科学技术支出”26万元,主要用于科普工作。院士工作站6万元。\n"
    assert ("6万元", "SPENDING") not in kinds(text)
