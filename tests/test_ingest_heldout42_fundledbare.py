"""An amount written 万 without 元 right after a fund's name, a verb right after the 万
(forty-second trial's 619: 业务经费18万纳入…评价范围): money, found (``text/fundledbare``)."""

from decimal import Decimal

from govkg.ingest.text.amounts import amounts_written


def _found(text: str) -> list[tuple[str, Decimal]]:
    return list(amounts_written(text))


def test_a_fund_named_before_the_figure_makes_a_bare_wan_money():
    assert _found("本局下达专项资金共计6.5万用于农村道路养护") == [("6.5万", Decimal("65000"))]
    assert _found("该项目预算32万安排在第三季度") == [("32万", Decimal("320000"))]


def test_a_measure_word_after_the_wan_keeps_it_a_count():
    assert _found("项目资金12万人次受益") == []
    assert _found("培训经费覆盖3万户") == []
    assert _found("补助资金惠及2万名群众") == []


def test_no_fund_name_before_the_figure_keeps_it_no_amount():
    assert _found("全县共有12万居民参加") == []
    assert _found("服务人口18万纳入统计") == []


def test_the_readings_before_a_clause_end_or_a_fund_name_are_unchanged():
    assert _found("预算297万，执行288.15万元") == [
        ("297万", Decimal("2970000")),
        ("288.15万元", Decimal("2881500.00")),
    ]
    assert _found("经费18万补助资金已发放") == [("18万", Decimal("180000"))]
