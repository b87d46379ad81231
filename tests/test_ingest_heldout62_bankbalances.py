"""Trial 62's 1269 (a city commerce bureau's 2017 决算 note opening on the city's statistics:
各项存款余额238.87亿元,比去年末增加…;各项贷款余额141.89亿元, read as carried over and as a change).
Pattern: the deposits or loans a place's banks hold (存款余额, 贷款余额) are the economy's, OTHER,
as 产值 and 进出口总额 are (``kinds.kindwords``). Not a fund's remainder (资金余额, 账户余额),
which stays carried over. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.kinds.kindwords import kind_of


def test_a_places_deposits_and_loans_are_the_economys():
    assert kind_of("截止12月末,全市各项存款余额") == "OTHER"
    assert kind_of("各项贷款余额") == "OTHER"


def test_a_funds_remainder_stays_carried_over():
    assert kind_of("项目资金余额") == "CARRY_OVER"
    assert kind_of("专户账户余额") == "CARRY_OVER"
