"""A difference said 多 / 少 after a comparison is a change (trial 54's news items relaying a
ministry's 三公 note: 比2010年“三公经费”财政拨款决算数多了0.34万元, 929; “公务用车购置及运行费”较2011年
预算少支出102.05万元,“公务接待费”少支出299.47万元, 923; 比預算數多支10.19萬元, 922), read by
``moreless`` and ``variance``; a bare 少支出 with no comparison, 减少 and a 多 / 少 after a
compared figure keep their readings. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.document.report import Given
from govkg.ingest.extract import extract


def read(text: str, title: str = "样例部2031年度部门决算说明") -> list[tuple[str, str | None]]:
    found = extract(text, "fictional.txt", Given(title=title)).money
    return [(m.as_written, m.kind) for m in found]


def test_more_than_last_years_accounts_named_with_what_they_are_of():
    text = (
        "样例局日前公开“三公经费”,其中2032年“三公经费”财政拨款预算数总计512.30万元,"
        "比2031年“三公经费”财政拨款决算数多了1.25万元,基本持平。\n"
    )
    assert read(text) == [("512.30万元", "BUDGET"), ("1.25万元", "CHANGE")]


def test_less_spent_than_the_years_budget_and_the_clause_that_repeats_it():
    text = (
        "样例部2031年“三公经费”财政拨款决算中,“公务用车购置及运行费”较2031年预算少支出45.10万元,"
        "“公务接待费”少支出120.33万元。2031年度未新购置公务用车。\n"
    )
    assert read(text) == [("45.10万元", "CHANGE"), ("120.33万元", "CHANGE")]


def test_more_spent_than_the_budget_in_traditional_characters():
    text = (
        "樣例部去年「三公經費」預算總額1500萬元,實際支出1480萬元。"
        "此外,公務用車購置及運行費支出620.5萬元,比預算數多支3.2萬元。\n"
    )
    assert read(text)[-1] == ("3.2萬元", "CHANGE")


def test_more_used_than_last_year():
    text = "2031年公务接待费支出18.6万元,比上年多用2.4万元。\n"
    assert read(text)[-1] == ("2.4万元", "CHANGE")


def test_a_bare_less_spent_with_no_comparison_keeps_its_reading():
    text = "通过压缩会议规模,全年少支出会议费8.5万元。\n"
    assert read(text) == [("8.5万元", "SPENDING")]


def test_a_repeated_verb_after_a_plain_spending_figure_keeps_its_reading():
    text = "公务用车运行费支出30万元,“公务接待费”少支出12万元。\n"
    assert read(text) == [("30万元", "SPENDING"), ("12万元", "SPENDING")]


def test_a_revenue_outcome_more_than_its_budget_stays_other():
    text = "财政拨款本年收入1205.11万元,比年初预算多出37.35万元。\n"
    assert read(text, "样例局2031年度部门决算说明")[-1] == ("37.35万元", "OTHER")


def test_reduced_and_a_figure_compared_keep_their_readings():
    text = "公务接待费支出3.01万元,比去年3.08万元少0.07万元,较上年减少2.3%。\n"
    assert read(text) == [
        ("3.01万元", "SPENDING"),
        ("3.08万元", "SPENDING"),
        ("0.07万元", "CHANGE"),
    ]
