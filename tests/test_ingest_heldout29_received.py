"""Money received that the twenty-ninth held-out trial (texts 361–374) found read as spending,
held on fictional text with cases the rule must not fire on."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚县某某中心2021年度部门整体支出绩效自评报告\n\n二、部门整体收入支出情况\n\n"


def test_money_received_split_by_its_use_is_money_received():
    text = REPORT + (
        "全年财政资金到账1,285,000.00元,其中:工资福利支出1,000,000.00元、"
        "商品和服务支出200,000.00元、对个人和家庭的补助85,000.00元;资金到位率100%。\n"
    )
    assert kinds(text) == [
        ("1,285,000.00元", "REVENUE"),
        ("1,000,000.00元", "REVENUE"),  # a part of what arrived, named by its use
        ("200,000.00元", "REVENUE"),
        ("85,000.00元", "REVENUE"),  # its words reach back past 其中 no more
    ]


def test_the_parts_of_money_spent_stay_spending():
    text = REPORT + "本年度支出合计128.5万元,其中:项目支出28.5万元、基本支出100万元。\n"
    assert kinds(text) == [("128.5万元", "SPENDING"), ("28.5万元", "SPENDING"), ("100万元", "SPENDING")]


def test_spending_said_after_money_received_is_spending():
    text = REPORT + "全年资金到位128.5万元,实际支出28.5万元。\n"
    assert kinds(text) == [("128.5万元", "REVENUE"), ("28.5万元", "SPENDING")]
