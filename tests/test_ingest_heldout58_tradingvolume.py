"""Trial 58's 1091, a public-resource trading centre's 决算: the deals its platform saw
(交易总额达82606.46万元, 成交金额) and the ceiling price a tender is bid against (财政评审最高限价
41364.05万元) are no money of the unit's: OTHER, as the economy's 营业额 is
(``kinds.kindwords``), not listed unread; the tender's 中标金额 stays the contract's, and the
centre's own income stays revenue."""

from __future__ import annotations

from fictional_text import kinds as _kinds

TITLE = "青岚区公共资源交易中心2035年部门决算说明\n"


def kinds(text: str):
    return dict(_kinds(TITLE + text))


def test_a_platforms_deals_are_other_money():
    text = (
        "2035年青岚区公共资源交易中心累计完成项目88个,交易总额达5230.12万元。"
        "土地交易项目累计完成6个,成交金额1200.5万元,产权交易项目交易额为31.4万元。\n"
    )
    read = kinds(text)
    assert read["5230.12万元"] == "OTHER"
    assert read["1200.5万元"] == "OTHER"
    assert read["31.4万元"] == "OTHER"


def test_a_tenders_ceiling_price_is_other_and_its_award_a_contract():
    text = "工程招投标项目12个,财政评审最高限价900.25万元,中标金额850.1万元,节约资金50.15万元。\n"
    read = kinds(text)
    assert read["900.25万元"] == "OTHER"
    assert read["850.1万元"] == "CONTRACT"
    assert read["50.15万元"] == "SAVING"


def test_the_centres_own_money_keeps_its_kind():
    text = "2035年本年收入合计280万元,其中交易服务收入20万元;本年支出合计275.5万元。\n"
    read = kinds(text)
    assert read["280万元"] == "REVENUE"
    assert read["20万元"] == "REVENUE"
    assert read["275.5万元"] == "SPENDING"
