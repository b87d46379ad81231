"""Funds shared out by a list that 分配如下: opens (trial 48): the fund named after its figure
and the date before 分配如下 is the allocation, a budget; each share of the list is what its
recipient may spend, a budget, and spent where the sentence ends on the payment done
(…,并完成支付). Near misses keep today's reading. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = "样例区2031年度防汛救灾资金绩效自评报告\n一、资金管理情况\n"


def written(body: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(HEAD + body, "fictional.txt").money]


def test_a_list_opened_by_allocated_as_follows_is_budgeted():
    body = "区财政安排60万元救灾资金于2031年7月3日分配如下:甲街道20万元、乙镇25万元、丙乡15万元。\n"
    assert written(body) == [
        ("60万元", "BUDGET"),
        ("20万元", "BUDGET"),
        ("25万元", "BUDGET"),
        ("15万元", "BUDGET"),
    ]


def test_a_list_whose_sentence_ends_on_the_payment_done_is_spent():
    body = "灾后重建经费分配情况如下：东岭镇12万、西坪乡9万、南湾镇6万，已全部拨付完毕。\n"
    kinds = dict(written(body))
    assert kinds["12万"] == kinds["9万"] == kinds["6万"] == "SPENDING"


def test_a_figure_before_a_fund_allocated_as_follows_is_the_allocation():
    body = "其中45万元防汛资金于8月分配如下:甲镇30万元、乙镇15万元,并完成支付。\n"
    kinds = written(body)
    assert kinds[0] == ("45万元", "BUDGET")
    assert kinds[1:] == [("30万元", "SPENDING"), ("15万元", "SPENDING")]


def test_a_sentence_going_on_after_the_list_keeps_the_budget():
    body = "资金分配如下:甲镇30万元、乙镇15万元,并完成支付审核材料的收集。\n"
    assert dict(written(body))["30万元"] == "BUDGET"


def test_an_item_saying_its_own_kind_ends_the_list():
    body = "资金分配如下:甲镇30万元、乙镇已支出15万元,并完成支付。\n"
    assert dict(written(body))["15万元"] == "SPENDING"
    body = "资金分配如下:甲镇30万元已到位、乙镇15万元。\n"
    assert dict(written(body))["30万元"] == "REVENUE"
