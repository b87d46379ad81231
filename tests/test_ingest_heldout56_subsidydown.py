"""A subsidy paid down to the lower levels, named by whom it goes to (补助市县体育4933万元: trial
56's 1014, a provincial sports bureau's notice of its lottery fund's use, read as revenue), is
money paid out; a subsidy received (上级补助, 收到…补助资金) stays revenue. Test material,
fictional."""

from __future__ import annotations

from govkg.ingest.kinds.kindwords import kind_of


def test_a_subsidy_to_the_cities_and_counties_is_paid_out():
    assert kind_of("剩余资金主要用于:支持群众体育600万元;补助市县体育") == "SPENDING"
    assert kind_of("补助乡镇") == "SPENDING"
    assert kind_of("补助给下级单位") == "SPENDING"


def test_a_subsidy_received_stays_revenue():
    assert kind_of("上级补助") == "REVENUE"
    assert kind_of("收到省级补助资金") == "REVENUE"
