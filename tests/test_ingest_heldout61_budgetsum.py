"""Trial 61's 1223 (河南's 2013 三公 accounts in a news item, adding the next year's budget in a
sentence of its own): 2014年河南省级各部门“三公”经费预算按不高于2013年支出控制数编制,合计8.9亿元
is that budget's sum, BUDGET, though the cap's 支出 before it read it as spending. A sum whose
sentence speaks of the budget's outturn (执行, 实际), a figure with words of its own, or a sum
after another amount of the sentence keep their reading.
"""

from __future__ import annotations

from govkg.ingest.threepublic.budgetsum import budget_sum_kind

TEXT = (
    "按照青岚省2036年的财政预算报告,2036年青岚省级各部门“三公”经费预算按不高于2035年支出"
    "控制数编制,合计3.2亿元,比上年预算下降5%。"
)


def _kind(text: str, written: str = "3.2亿元") -> str | None:
    return budget_sum_kind(text, text.index(written), "SPENDING")


def test_a_sum_of_a_years_three_public_budget_is_budgeted():
    assert _kind(TEXT) == "BUDGET"
    assert _kind(TEXT.replace("合计", "总计为")) == "BUDGET"


def test_an_outturn_words_of_its_own_or_an_amount_between_keep_spending():
    assert _kind(TEXT.replace("按不高于2035年支出控制数编制", "执行中从严控制")) == "SPENDING"
    assert _kind(TEXT.replace(",合计", ",实际支出合计")) == "SPENDING"
    between = TEXT.replace("按不高于2035年支出控制数编制", "较上年压减0.3亿元")
    assert _kind(between) == "SPENDING"
    assert _kind(TEXT.replace("“三公”经费预算", "“三公”经费决算")) == "SPENDING"
