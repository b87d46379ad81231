"""Trial 64's 1325, a news item on a city's 三公 决算: 2016年市本级“三公”支出合计为9615.12万元,完成
年初预算71.21%,比年初预算减少3887.49万元. The 三公 are named by their spending with no 经费; the
difference from the budget is the 三公 total's, a change, as ``threepublic.variance`` reads it for
“三公”经费 (``kinds.variance`` reads another outcome's difference from its budget as OTHER).
Test material, fictional.
"""

from __future__ import annotations

from fictional_text import kinds

HEAD = "2035年度青岚区部门决算\n一、部门概况\n"


def _kind(sentence: str) -> str | None:
    return kinds(HEAD + sentence)[-1][1]


def test_the_three_publics_spending_against_its_budget_is_a_change():
    assert _kind("2035年区本级“三公”支出合计为961.12万元,比年初预算减少388.49万元。") == "CHANGE"


def test_another_outcome_against_its_budget_stays_other():
    assert _kind("2035年财政拨款本年收入961.12万元,比年初预算减少388.49万元。") == "OTHER"
