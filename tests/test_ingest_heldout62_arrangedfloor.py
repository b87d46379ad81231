"""Trial 62's 1241 (a county's bamboo-industry fund evaluated): “从2014 年开始,县财政连续 5 年安排
不少于 200 万元 /年的竹产业引导基金”, unread before. Pattern: a floor the budget arranges
(安排不少于 / 安排不低于 right before the figure) is a budget, as 安排 is (``kinds.kindwords``).
Not a floor said of something else (不少于 alone). Test material, fictional."""

from __future__ import annotations

from govkg.ingest.kinds.kindwords import kind_of


def test_a_floor_the_budget_arranges_is_a_budget():
    assert kind_of("区财政连续5年安排不少于") == "BUDGET"
    assert kind_of("每年安排不低于") == "BUDGET"


def test_a_floor_of_nothing_arranged_names_no_kind():
    assert kind_of("培训妇女不少于") is None
