"""Trial 53's 895, by class, on fictional texts: a budget total, then a lead counting its items
with no 以下 (具体包括四项资金,其中:), then the items one numbered line each: each item is the
total's budget (kinds/numbereduses). A count short of the items, no total, items out of order
keep them unread. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(text, "fictional.txt").money]


COUNTED_LEAD = (
    "2031年度样例专项资金绩效评价报告\n\n"
    "一、项目基本情况\n\n"
    "(二)项目预算情况\n\n"
    "    项目预算根据样财建指〔2031〕3号文件制定,总计1000万元,资金来源均为省财政资金。"
    "具体包括四项资金,其中:\n\n"
    "    1、示范城区奖励资金400万元\n\n"
    "    2、示范县奖励资金300万元\n\n"
    "    3、改造工程奖励资金200万元\n\n"
    "    4、本级政府购买服务专项资金100万元(此项资金本次未评价)。\n\n"
    "    截至评价截止日,上述资金已经全部拨付。\n"
)


def test_items_a_counted_lead_opens_after_a_budget_total_are_its_budget():
    assert _kinds(COUNTED_LEAD) == [
        ("1000万元", "BUDGET"),
        ("400万元", "BUDGET"),
        ("300万元", "BUDGET"),
        ("200万元", "BUDGET"),
        ("100万元", "BUDGET"),
    ]


def test_a_lead_counting_fewer_items_than_listed_opens_none_past_its_count():
    # a total the items do not add up to (1100, not 1000): where they add up exactly, the
    # sum says they are its parts, whatever the count (``kinds.summedlines``, trial 54)
    text = COUNTED_LEAD.replace("具体包括四项资金", "具体包括三项资金").replace("1000万元", "1100万元")
    assert _kinds(text)[4] == ("100万元", None)


def test_a_counted_lead_after_no_total_opens_nothing():
    text = COUNTED_LEAD.replace("总计1000万元,", "")
    assert [kind for _, kind in _kinds(text)] == [None, None, None, None]


def test_items_out_of_order_are_not_the_list():
    text = COUNTED_LEAD.replace("    2、示范县", "    5、示范县")
    assert _kinds(text)[2:4] == [("300万元", None), ("200万元", None)]
