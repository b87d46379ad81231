"""Trial 63's 1278, a CPPCC committee's budget note in traditional characters, lists what its
special funds are arranged for as numbered items, each a name and a bare 萬 (安排預算內專項經費
180萬元,主要項目:1、委員補助21萬;2、常委活動8萬;…). Items whose names say no money (常委活動,
聯絡, 例會) were lost; each is money of the list's sum (``kinds.moneylist``), read as the note
reads it: budgeted.
"""

from __future__ import annotations

from fictional_text import found, kinds

NOTE = (
    "一、基本情况\n"
    "样例委主要职能是参政议政。\n"
    "二、预算安排情况\n"
    "预算总支出100万元,其中:基本支出60万元;项目支出40万元。\n"
    "三、主要项目支出安排\n"
    "安排预算内专项经费40万元,主要项目:1、委员补助21万;2、常委活动8万;3、联络3万;4、例会8万。\n"
)


def test_each_numbered_item_under_a_sum_of_money_is_read():
    read = kinds(NOTE)
    assert ("8万", "BUDGET") in read
    assert ("3万", "BUDGET") in read
    assert [w for w, _ in read].count("8万") == 2


def test_a_count_list_or_a_list_under_no_sum_of_money_is_not_money():
    counted = NOTE.replace("安排预算内专项经费40万元,主要项目:", "共有委员40人,分组如下:")
    assert "3万" not in [w for w, *_ in found(counted)]
    unnumbered = NOTE.replace("2、常委活动8万;3、联络3万", "常委活动8万;联络3万")
    assert "3万" not in [w for w, *_ in found(unnumbered)]
