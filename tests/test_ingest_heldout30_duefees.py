"""An IT project's overview the thirtieth held-out trial (texts 375–386) read wrong: the fees
listed after 待支付…: (payments still to make, read as budgets by the 预算 of 预算审核费, or
unread), the 预算总投资 a project's budget plans (read as an investment), and a figure whose
comma groups two digits (lost). Held on fictional text with the readings the rules must keep."""

from __future__ import annotations

from fictional_text import found, kinds

PROJECT = "青岚市某某局2031年度档案数字化项目绩效自评报告\n\n一、项目概况\n\n"


def test_the_fees_listed_after_a_payment_still_due_are_planned():
    text = PROJECT + (
        "已付软件开发款1,200,000元;尚未支付的费用:预算评审费12,000元,招标代理费"
        "8,500元、结算审计费10,000元、监理费50%30,000元,共计60,500元\n"
    )
    assert kinds(text)[1:] == [
        ("12,000元", "PLANNED"),
        ("8,500元", "PLANNED"),
        ("10,000元", "PLANNED"),
        ("30,000元", "PLANNED"),
        ("60,500元", "PLANNED"),
    ]


def test_fees_listed_after_payments_made_keep_their_reading():
    text = PROJECT + "已支付前期费:预算评审费12,000元、招标代理费8,500元\n"
    assert kinds(text) != [("12,000元", "PLANNED"), ("8,500元", "PLANNED")]
    assert kinds(text)[0] == ("12,000元", "BUDGET")  # as read before: no payment due


def test_a_list_with_an_item_saying_its_own_kind_is_left_to_each_amount():
    text = PROJECT + "待支付前期费:招标代理费8,500元、已支付设计费20,000元\n"
    assert kinds(text)[1] == ("20,000元", "SPENDING")


def test_a_budgets_total_investment_is_the_budget():
    text = PROJECT + "本项目经批复的预算总投资额为860.5万元,已完成投资600万元。\n"
    assert kinds(text)[0] == ("860.5万元", "BUDGET")


def test_an_investment_alone_stays_other():
    text = PROJECT + "本年度完成固定资产投资860.5万元。\n"
    assert kinds(text) == [("860.5万元", "OTHER")]


def test_a_comma_before_two_digits_is_listed_unread():
    text = PROJECT + "已支付咨询费12,50元,设计费3,000元。\n"
    (written, kind, amount, reason), second = found(text)[0], found(text)[1]
    assert (written, kind) == ("12,50元", None)
    assert "comma" in reason
    assert amount == 0  # neither 1,250 nor 12.50 guessed
    assert "0 stands for none" in reason
    assert second[:2] == ("3,000元", "SPENDING")


def test_thousands_and_lists_keep_their_reading():
    text = PROJECT + "收、支总计各是4125.49,4143.91万元;已支付设计费1,356,090.00元。\n"
    assert [(w, k) for w, k, _, _ in found(text)][-1] == ("1,356,090.00元", "SPENDING")
    assert all(r is None for *_, r in found(text))
