"""Amounts beside a change that are not the change: the thirty-second held-out trial (texts
395–412) read the amount of a reason clause (减少的主要原因是…购置2辆公务用车19.44万元) and a
part in brackets after a change and its rate (减少42.08万元,下降9.9%(其中:公务用车购置费18.85
万元,较…减少48.7万元…)) as changes. Held on fictional text, with the readings the rules must
keep."""

from __future__ import annotations

from fictional_text import kinds

NOTE = "青岚县文化馆2031年“三公”经费决算情况说明\n\n"


def test_the_amount_of_a_purchase_given_as_the_reason_is_spent():
    text = (
        NOTE + "公务接待费较上年增加3.1万元,增加的原因是2031年召开全县非遗工作会议接待费4.2万元。\n"
    )
    assert kinds(text) == [("3.1万元", "CHANGE"), ("4.2万元", "SPENDING")]


def test_a_reason_naming_a_budget_is_a_budget():
    text = NOTE + "公务用车运行维护费减少的主要原因是上年预算安排资金8万元用于车辆大修。\n"
    assert kinds(text) == [("8万元", "BUDGET")]


def test_a_reason_that_is_itself_a_change_stays_a_change():
    text = NOTE + "支出减少的主要原因是公务用车运行维护费减少2.5万元。\n"
    assert kinds(text) == [("2.5万元", "CHANGE")]


def test_a_change_with_no_reason_clause_stays_a_change():
    text = NOTE + "公务用车购置费比上年减少12万元,主要是未购置车辆。\n"
    assert kinds(text) == [("12万元", "CHANGE")]


def test_a_part_in_brackets_after_a_change_and_its_rate_is_the_totals():
    text = (
        NOTE + "公务用车购置及运行维护费为40万元,比上年减少6万元,下降13%(其中:公务用车"
        "购置费25万元,比上年减少5万元;公务用车运行维护费15万元,比上年减少1万元)。\n"
    )
    assert kinds(text) == [
        ("40万元", "SPENDING"),
        ("6万元", "CHANGE"),
        ("25万元", "SPENDING"),
        ("5万元", "CHANGE"),
        ("15万元", "SPENDING"),
        ("1万元", "CHANGE"),
    ]


def test_a_part_after_a_rate_with_no_change_amount_keeps_todays_reading():
    # no total stated before the bracket: the rule takes no total's kind
    text = NOTE + "公务用车购置及运行维护费比上年下降13%(其中:公务用车购置费25万元)。\n"
    assert kinds(text) == [("25万元", "CHANGE")]
