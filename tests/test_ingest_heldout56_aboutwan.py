"""An amount written with 多 or 余 between its digits and 万元 / 亿元 (trial 56's 1037, a news
item: 其6000多万元的支出): more than the figure in that unit, found as the figure in it, as
9693万多元 is (``text/amounts``). Written in words (增加两千余万元, a headline rounding the
body's figure), without 元 (减40余万), or before a measure word (20多万人次): no amount.
Test material, fictional."""

from decimal import Decimal

from govkg.ingest.text.amounts import amounts_written


def _found(text: str) -> list[tuple[str, Decimal]]:
    return list(amounts_written(text))


def test_more_than_a_figure_in_wan_yuan_is_found_as_the_figure():
    assert _found("其3000多万元的支出涵盖本级和下属单位") == [("3000多万元", Decimal("30000000"))]
    assert _found("累计投入资金1200余万元") == [("1200余万元", Decimal("12000000"))]
    assert _found("全系统支出12.5多亿元") == [("12.5多亿元", Decimal("1250000000"))]


def test_the_wan_then_more_form_is_unchanged():
    assert _found("比上年减少1271万余元") == [("1271万", Decimal("12710000"))]


def test_words_no_yuan_or_a_measure_word_are_no_amount():
    assert _found("今年公车购置预算增加两千余万元") == []
    assert _found("决算比预算减40余万") == []
    assert _found("惠及群众20多万人次") == []
    assert _found("共有3000余名职工") == []
