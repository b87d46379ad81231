"""Trial 62's 1246 (a district hospital's special-bond project self-evaluation: 项目立项总投资约
5.884亿元, read as an investment of no kind). Pattern: the total investment a project was approved
(立项) to cost is its budget, as 项目总投资 is in the corpus (its 计划总投资 / 预计总投资 stay
planned; ``kinds.kindwords``). Not an investment alone, not a planned total, not one completed.
Test material, fictional."""

from __future__ import annotations

from govkg.ingest.kinds.kindwords import kind_of


def test_the_total_investment_a_project_was_approved_at_is_its_budget():
    assert kind_of("青岚区样例医院建设项目立项总投资约") == "BUDGET"
    assert kind_of("工程立项总投资") == "BUDGET"


def test_other_investments_keep_their_reading():
    assert kind_of("项目计划总投资") == "PLANNED"
    assert kind_of("完成总投资") == "SPENDING"
    assert kind_of("固定资产投资") == "OTHER"
