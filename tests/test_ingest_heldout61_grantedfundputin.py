"""Trial 61's 1211 (a city's disabled persons' fund self-evaluation): funds put in whose name
holds 补助 (20xx年地方投入残疾人事业发展补助资金877.99万元; …补助资金(一般公共预算)和中央专项彩票公益金
支持残疾人事业发展补助共投入资金1987.08万元) are the funds put in, BUDGET as the corpus reads
投入 (``kinds.putin``), not money received by the name's 补助. A 补助 with no 投入, another word
of a kind beside it (收入), or a 投入 said done (实际投入) keep their reading.
"""

from __future__ import annotations

from govkg.ingest.kinds.putin import put_in_kind


def test_funds_named_with_a_grant_put_in_are_budgeted():
    assert put_in_kind("300.5万元", "2035年地方投入残疾人事业发展补助资金", "REVENUE") == "BUDGET"
    own = "样例补助资金(一般公共预算)和彩票公益金支持样例事业补助共投入资金"
    assert put_in_kind("900万元", own, "REVENUE") == "BUDGET"


def test_a_grant_not_put_in_or_with_other_words_keeps_its_reading():
    assert put_in_kind("300.5万元", "2035年残疾人事业发展补助资金", "REVENUE") == "REVENUE"
    assert put_in_kind("300.5万元", "投入补助资金及上级补助收入", "REVENUE") == "REVENUE"
    assert put_in_kind("300.5万元", "实际投入补助资金", "REVENUE") == "REVENUE"
