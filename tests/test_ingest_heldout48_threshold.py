"""An amount that marks off which bodies a rule covers (收入3000万元及以上的单位…: trial 48) is
a threshold, OTHER, not revenue or spending of the unit's. A price's threshold, and an amount
sorting purchases, keep today's readings. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = "样例县卫生院2031年度部门整体支出绩效自评报告\n一、部门概况\n"


def written(body: str) -> dict[str, str | None]:
    return {m.as_written: m.kind for m in extract(HEAD + body, "fictional.txt").money}


def test_an_amount_bounding_the_bodies_a_rule_covers_is_a_threshold():
    body = "按省里规定,年收入3000万元及以上的医院培训费可按2%列支,本院全年支出培训费4万元。\n"
    found = written(body)
    assert found["3000万元"] == "OTHER"
    assert found["4万元"] == "SPENDING"


def test_a_price_threshold_keeps_its_reading():
    body = "购置单位价值50万元以上的设备2台,支出120万元。\n"
    assert written(body)["50万元"] == "PRICE_OR_RATE"


def test_an_amount_sorting_purchases_keeps_its_reading():
    body = "全年支出5万元以上的采购事项均按规定执行。\n"
    assert written(body)["5万元"] == "SPENDING"
