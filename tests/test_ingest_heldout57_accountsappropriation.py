"""Trial 57's 1066: in a 决算 note's section on its appropriations, an appropriation named by its
budget class alone (一般公共预算财政拨款7799.1万元(含上年结转688.6万元)) is money received, the
预算 the class's name (``kinds.accountsappropriation``); a budget note's 一般公共预算拨款 and an
appropriation named with a budget's words keep their readings. Test material, fictional."""

from __future__ import annotations

from fictional_text import kinds

ACCOUNTS = (
    "样例学院2035年度部门决算公开说明\n"
    "三、2035年部门决算情况说明\n"
    "(二)收入决算情况说明\n"
    "本年收入合计900.5万元,其中:财政拨款收入600.5万元,事业收入300万元。\n"
    "(四)财政拨款收入支出决算总体情况说明\n"
    "    一般公共预算财政拨款650.5万元(含上年结转50万元),全部用于学院运转。\n"
)


def test_an_appropriation_named_by_its_class_in_a_决算_section_is_received():
    read = kinds(ACCOUNTS)
    assert ("650.5万元", "REVENUE") in read
    assert ("50万元", "CARRY_OVER") in read


def test_an_appropriation_named_with_a_budget_s_words_keeps_its_reading():
    text = ACCOUNTS.replace(
        "    一般公共预算财政拨款650.5万元", "    年初预算一般公共预算财政拨款650.5万元"
    )
    assert ("650.5万元", "BUDGET") in kinds(text)


def test_a_budget_note_s_appropriation_stays_budgeted():
    text = (
        "样例学院2035年部门预算情况说明\n"
        "二、部门收支总体情况\n"
        "(一)收入预算:2035年收入合计650.5万元,其中:一般公共预算拨款650.5万元。\n"
    )
    assert [kind for _, kind in kinds(text)] == ["BUDGET", "BUDGET"]
