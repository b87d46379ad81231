"""Kinds of the twenty-third and twenty-fourth held-out trials: the two parts of the 三公
cars item (``threepublic.carparts``), …; each held on fictional text, with the cases it must
not fire on."""

from __future__ import annotations

from fictional_text import kinds

NOTE = (
    "县档案局2019年度“三公”经费财政拨款决算情况说明\n"
    "二、一般公共预算财政拨款“三公”经费支出决算情况\n"
)

# -- the two parts of the cars item (threepublic.carparts) --------------------------------


def test_the_parts_of_the_cars_item_take_its_kind():
    text = NOTE + (
        "2019年度“三公”经费财政拨款年度预算为7.2万元,支出决算为3.46万元,完成预算的48.06%。其中:\n"
        "1.因公出国(境)费用支出决算为0万元。\n"
        "2.公务用车购置及运行维护费支出决算为2.54万元,完成预算的50%,比预算减少2.54万元。\n"
        "(1)公务用车购置费0万元,年末公务用车保有量2辆。\n"
        "(2)公务用车运行维护费2.54万元,完成预算的50%。\n"
    )
    found = kinds(text)
    assert found[-2:] == [("0万元", "SPENDING"), ("2.54万元", "SPENDING")]


def test_a_budgeted_cars_item_gives_its_parts_a_budget():
    text = NOTE + (
        "2020年度“三公”经费预算为6万元,2019年决算为5.1万元。其中:\n"
        "1.公务用车购置及运行费预算为4万元。\n"
        "(1)公务用车购置费0万元。\n"
        "(2)公务用车运行费4万元。\n"
    )
    assert kinds(text)[-2:] == [("0万元", "BUDGET"), ("4万元", "BUDGET")]


def test_no_cars_item_before_or_another_item_between_gives_no_kind():
    no_whole = NOTE + (
        "2019年度“三公”经费财政拨款年度预算为7.2万元,支出决算为3.46万元。其中:\n"
        "(1)公务用车购置费0万元,年末公务用车保有量2辆。\n"
    )
    reception_between = NOTE + (
        "2019年度“三公”经费财政拨款年度预算为7.2万元,支出决算为3.46万元。其中:\n"
        "1.公务用车购置及运行维护费支出决算为2.54万元。\n"
        "2.公务接待费支出决算为0.92万元。\n"
        "(1)公务用车运行维护费2.54万元。\n"
    )
    assert kinds(no_whole)[-1] == ("0万元", None)
    assert kinds(reception_between)[-1] == ("2.54万元", None)


# -- the 决算 of the budget's revenue (budgetwording) --------------------------------------

WHOLE = "一、部门基本情况\n(二)部门预决算情况\n"


def test_the_accounts_of_the_budgets_revenue_is_revenue():
    text = WHOLE + (
        "2022年县科协预算收入决算数为86.4万元,其构成为一般公共预算拨款收入60.1万元。"
        "2022年县科协全年预算支出决算数为90.3万元。\n"
    )
    assert kinds(text)[0] == ("86.4万元", "REVENUE")
    assert ("90.3万元", "SPENDING") in kinds(text)


def test_a_budgets_revenue_alone_or_a_change_keeps_its_reading():
    text = WHOLE + (
        "2022年县科协预算收入为86.4万元。"
        "2022年县科协预算收入决算数比上年增加3.2万元。\n"
    )
    assert kinds(text) == [("86.4万元", "BUDGET"), ("3.2万元", "CHANGE")]


# -- the 经费 handed down (allocated) -------------------------------------------------------

PROJECT = "青岚县水利局2022年度防汛物资储备项目支出绩效评价报告\n"


def test_the_fee_handed_down_is_a_budget():
    text = PROJECT + "县财政局按年度预算下达县水利局2022年防汛物资储备经费48万元,主要用于物资采购。\n"
    assert kinds(text) == [("48万元", "BUDGET")]


def test_a_fee_spent_after_it_was_handed_down_or_a_fee_alone_is_spending():
    text = PROJECT + (
        "县财政局下达防汛物资储备经费已使用48万元。"
        "2022年防汛物资储备经费支出45万元。\n"
    )
    assert kinds(text) == [("48万元", "SPENDING"), ("45万元", "SPENDING")]
