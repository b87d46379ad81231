"""A spending figure its own words give to 今年 with no word of money already gone is what the
year is to spend (沪今年教育支出208亿元 in a January news item: trial 52's 876), a budget
(``kinds.thisyearbudget``); 今年已支出, 今年实际支出, 今年支付了, a span of months, and a
figure of a named year keep their readings. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = (
    "样例市今年“三公经费”1.2亿元 预算与上年持平\n2033年01月20日 09:30 来源:样例日报\n"
    "今年市本级用财政拨款开支的“三公经费”预算合计1.2亿元。其中,公务接待费预算0.3亿元。\n"
)
SIGNED = "\n(记者 样例)\n"


def kinds(body: str) -> list[tuple[str, str | None]]:
    money = extract(HEAD + body + SIGNED, "fictional.txt").money
    return [(m.as_written, m.kind) for m in money[3:]]  # after the headline's and the lead's


def test_the_headline_and_lead_of_this_years_three_public_budget_are_a_budget():
    money = extract(HEAD + SIGNED, "fictional.txt").money
    assert [(m.as_written, m.kind) for m in money] == [
        ("1.2亿元", "BUDGET"),
        ("1.2亿元", "BUDGET"),
        ("0.3亿元", "BUDGET"),
    ]


def test_this_years_spending_with_nothing_done_is_a_budget():
    body = "样例市今年教育支出123亿元,分得最大“蛋糕”。今年科技支出45.6亿元。\n"
    assert kinds(body) == [("123亿元", "BUDGET"), ("45.6亿元", "BUDGET")]


def test_money_said_gone_keeps_its_reading():
    body = (
        "样例市今年已支出教育经费12亿元。今年实际支出科技经费3.4亿元。"
        "今年1-6月支出卫生经费5.6亿元。今年支付了工程款7.8亿元。\n"
    )
    assert [k for _, k in kinds(body)] == ["SPENDING"] * 4


def test_a_named_years_spending_keeps_its_reading():
    body = "样例市2032年教育支出123亿元,比上年增长5%。\n"
    assert kinds(body) == [("123亿元", "SPENDING")]
