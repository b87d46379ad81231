"""Trial 63's 1293, a medical college's 2016 决算: its revenue is broken down by the
appropriations received (在收入拨款中,教育经费拨款9,451.03万元,科学技术拨款250.03万元…), each
revenue (``kinds.receivedgrants``), not spending by its name's 经费; and a part said after its
figure to be the revenue it names (其中5,498.23万元为…成人教育收入。) is that revenue
(``kinds.namedafter``).
"""

from __future__ import annotations

from fictional_text import kinds

ACCOUNTS = (
    "样例学院2035年部门决算情况公开\n"
    "①财政拨款收入:本年度我院财政拨款收入共计900.00万元。在收入拨款中,教育经费拨款800.00万元,"
    "科学技术拨款70.00万元,医疗卫生类拨款30.00万元。\n"
    "②事业收入:本年度我院事业收入500.00万元,占总收入的30.00%。其中450.00万元为学费、住宿费及培训收入。\n"
)


def test_appropriations_listed_under_the_revenue_are_revenue():
    read = dict(kinds(ACCOUNTS))
    assert read["800.00万元"] == "REVENUE"
    assert read["70.00万元"] == "REVENUE"
    assert read["30.00万元"] == "REVENUE"


def test_a_part_said_to_be_revenue_after_its_figure_is_revenue():
    assert dict(kinds(ACCOUNTS))["450.00万元"] == "REVENUE"


def test_appropriations_under_the_spending_or_spent_by_appropriation_are_not_revenue():
    spent = ACCOUNTS.replace("在收入拨款中", "在支出中")
    assert dict(kinds(spent))["800.00万元"] != "REVENUE"
    paid = ACCOUNTS.replace("科学技术拨款70.00万元", "科学技术拨款支出70.00万元")
    assert dict(kinds(paid))["70.00万元"] == "SPENDING"
    said = ACCOUNTS.replace("为学费、住宿费及培训收入", "为学费、住宿费及培训收入的一部分,另有补助")
    assert dict(kinds(said))["450.00万元"] != "REVENUE"
