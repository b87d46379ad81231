"""Trial 60's 1182, a district's fiscal 决算 notes on the Fujian template: each 款 of a class of
spending listed by its name alone, numbered, with its change on the year before said 增支 /
减支 (1.人大事務1087萬元,較上年增支204萬元); the total's 增支 right after its completion rate.
增支 / 减支 is the change (``kindwords``), as 增加 / 减少 is; a numbered 款 named …事务 under a
heading of the year's spending is spent (``functionclass``).
"""

from __future__ import annotations

from fictional_text import kinds

NOTE = (
    "根据财政决算公开原则,青岚区财政局负责区本级财政决算的公开工作。\n"
    "一、区本级支出决算说明\n"
    "2035年度青岚区本级一般公共预算支出数为35000万元,占调整预算数108.2%,增支2100万元,增长6.4%。\n"
    "(一)一般公共服务支出6100万元,较上年减支310万元,下降4.8%。其中:\n"
    "1.人大事务870万元,较上年增支64万元,增长7.9%;\n"
    "2.政府办公厅(室)及相关机构事务2300万元,较上年减支150万元,下降6.1%;\n"
    "3.海关事务15万元,与上年持平。\n"
)


def test_rises_and_falls_said_zengzhi_jianzhi_are_changes():
    read = kinds(NOTE)
    assert ("2100万元", "CHANGE") in read
    assert ("310万元", "CHANGE") in read
    assert ("64万元", "CHANGE") in read
    assert ("150万元", "CHANGE") in read


def test_numbered_affairs_under_a_spending_accounts_heading_are_spent():
    read = dict(kinds(NOTE))
    assert read["870万元"] == "SPENDING"
    assert read["2300万元"] == "SPENDING"
    assert read["15万元"] == "SPENDING"


def test_a_cut_of_spending_stays_a_saving_and_other_headings_keep_their_readings():
    cut = NOTE.replace("增支2100万元", "压减支出共计2100万元")
    assert dict(kinds(cut))["2100万元"] == "SAVING"
    budget = NOTE.replace("支出决算说明", "支出预算说明")
    assert dict(kinds(budget))["870万元"] == "BUDGET"
    revenue = NOTE.replace("区本级支出决算说明", "区本级收入情况说明")
    assert dict(kinds(revenue))["870万元"] is None
    unnumbered = NOTE.replace("1.人大事务", "人大事务")
    assert dict(kinds(unnumbered))["870万元"] is None
