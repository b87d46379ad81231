"""Trial 60's 1189 (a district's 2020 决算 report balancing its general budget): among the items
added to the year's spending to reach its 支出总量, 补充预算稳定调节基金500231万元 tops up the
reserve fund, money set aside as 安排预算稳定调节基金 is: OTHER, not spending; and
结转下年支出71635万元, named alone, is carried into next year: CARRY_OVER, as the corpus reads
结转下年 alone (230, 834). A list summed with 结转下年 among its items (上解支出、结转下年支出等)
stays OTHER, and 结转下年 inside other words is not it.
"""

from __future__ import annotations

from govkg.ingest.kinds.fiscalbalance import fiscal_kind


def _kind(own: str, kind: str | None = "SPENDING") -> str | None:
    return fiscal_kind("青岚区2035年财政决算报告", own, kind, lambda words: None)


def test_topping_up_the_reserve_fund_is_other_and_next_years_carry_over_is_carried():
    assert _kind("、补充预算稳定调节基金", "BUDGET") == "OTHER"
    assert _kind("、结转下年支出") == "CARRY_OVER"
    assert _kind("加上上解支出80万元,结转下年") == "CARRY_OVER"


def test_a_list_with_next_years_carry_over_or_other_words_keep_their_reading():
    assert _kind("、上解支出、结转下年支出等") == "OTHER"  # 上解: passed on, the list's sum
    assert _kind("、债务还本支出和结转下年支出") == "SPENDING"  # a list's sum: not carried alone
    assert _kind("、用于结转下年支出") == "SPENDING"  # other words before: not it alone
    assert _kind("、补充基金") == "SPENDING"
