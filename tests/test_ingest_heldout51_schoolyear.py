"""A sum per school year or term (…的孤儿进行每学年1万元的助学, trial 51's 813) is a rate, as
每月 is (``kindwords``); a year's total said without 每 keeps its reading. Test material,
fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = "样例省孤儿助学工程项目2031年度绩效自评报告\n"


def kinds(body: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(HEAD + body, "fictional.txt").money]


def test_a_sum_per_school_year_or_term_is_a_rate():
    assert kinds("对就读高等院校的孤儿进行每学年1万元的助学。\n") == [("1万元", "PRICE_OR_RATE")]
    assert kinds("对就读中职学校的孤儿发放每学期3000元的生活补助。\n")[0] == (
        "3000元",
        "PRICE_OR_RATE",
    )


def test_a_school_years_budget_keeps_its_reading():
    assert kinds("本学年预算资金10万元。\n") == [("10万元", "BUDGET")]
