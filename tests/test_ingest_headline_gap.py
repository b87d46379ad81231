"""A headline's blank is its comma: 万 without 元 before it is money (民政部今年三公经费预算1429万
增外事接待费80万: trial 52's 853, ``text.amounts``); before a measure word (2万 人, 3万 户) it
stays a count. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.text.amounts import amounts_written


def written(text: str) -> list[str]:
    return [as_written for as_written, _ in amounts_written(text)]


def test_wan_before_a_headlines_blank_is_money():
    assert written("样例部今年三公经费预算1234万 增外事接待费56万\n") == ["1234万", "56万"]
    assert written("样例局今年预算2.5亿\u3000较上年持平\n") == ["2.5亿"]


def test_wan_before_a_blank_and_a_measure_word_is_a_count():
    assert written("样例市今年培训2万 人次,惠及3万 户。\n") == []
