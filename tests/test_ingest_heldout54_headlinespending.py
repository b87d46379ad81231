"""Trial 54: a headline's 公车消费 (国土部晒三公:公车消费1326万 出国费用1141万, 921) is the cars'
spending, as 花费 and 开支 are; 消费 alone (消费扶贫, 消费券) names no money of the unit's. Test
material, fictional."""

from __future__ import annotations

from govkg.ingest.kinds.kindwords import kind_of


def test_official_consumption_is_spending():
    assert kind_of("样例部晒三公:公车消费") == "SPENDING"
    assert kind_of("公务消费") == "SPENDING"


def test_consumption_alone_names_no_kind():
    assert kind_of("发放消费") is None
    assert kind_of("消费扶贫") is None
