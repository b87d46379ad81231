"""Trial 61's 1211, by class, on fictional texts: a figure in 万 without 元 right before a bracket
that gives its parts in 万元 (省级资金290.36万(一般公共预算:270.36万元;彩票公益金:20万元)): 万
alone is money there (text/amounts ``_PARTS_AFTER``), as before a clause's end. Missing
before. A figure in 万 before a bracket of counts (2万(人次)) or of parts in no 万元 stays no
amount. Test material, fictional."""

from __future__ import annotations

from decimal import Decimal

from fictional_text import found

TITLE = "青岚区样例局2035年项目支出绩效自评报告\n"
TEXT = TITLE + (
    "2035年青岚区下达样例补助资金合计80.5万元。其中,市级资金50.25万元;区级资金30.25万(一般"
    "公共预算:20.25万元;彩票公益金:10万元)。"
)


def test_a_figure_in_wan_before_its_parts_in_wanyuan_is_read():
    money = {w: (a, r) for w, _k, a, r in found(TEXT)}
    assert money["30.25万"] == (Decimal("302500"), None)


def test_a_count_in_wan_before_a_bracket_is_no_amount():
    for text in (
        "2035年青岚区受益群众2万(人次),其中样例补助资金12万元。",
        "2035年青岚区样例补助资金12万元,覆盖2万(详见附表3)户。",
    ):
        assert [w for w, *_ in found(TITLE + text)] == ["12万元"]
