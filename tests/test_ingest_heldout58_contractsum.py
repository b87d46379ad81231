"""Trial 58's 1090: a procurement's 成交金额 (政府采购12宗,成交金额300万元) is contracts awarded, as 中标 is;
an auction's or a land sale's 成交金额 is no contract (``kinds.kindwords``).
"""

from __future__ import annotations

from fictional_text import kinds

ACCOUNTS = "样例中心2035年度部门决算说明\n"


def test_a_procurement_closed_sum_is_a_contract():
    text = (
        "一、基本职能及主要工作\n2035年,平台实施政府采购12宗,成交金额300.5万元,节约率3.1%,其中"
        "政府采购网上直购、网上竞价共8宗,成交金额20.4万元。国有资产拍卖2宗,成交金额54.6万元。土地挂牌"
        "交易1宗,成交金额900万元。\n"
    )
    read = dict(kinds(ACCOUNTS + text))
    assert read["300.5万元"] == "CONTRACT"
    assert read["20.4万元"] == "CONTRACT"
    assert read["54.6万元"] != "CONTRACT"
    assert read["900万元"] != "CONTRACT"


def test_an_auction_in_the_procurement_sentence_is_no_contract():
    text = "一、基本职能及主要工作\n2035年完成政府采购3宗,国有资产拍卖2宗,成交金额54.6万元。\n"
    assert dict(kinds(ACCOUNTS + text))["54.6万元"] != "CONTRACT"
