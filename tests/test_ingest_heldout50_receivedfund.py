"""Money the writer says it received (收到) is revenue, whatever the fund it received is called:
a 补助 or a class of spending in the fund's name, or an execution pair after it, does not win
over the verb (trial 50's 790). A 收到 that governs nothing, or words that name an act, keep
their readings. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = "样例市交通运输局关于2031年度省级交通专项资金绩效自评报告\n二、自评情况\n"


def written(body: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(HEAD + body, "fictional.txt").money]


def test_a_fund_received_with_an_execution_pair_after_it_is_received():
    body = "1.专项资金支出情况\n样例市收到普通公路建设省补助资金合计800万元,已支出200万元,资金支付率25%。\n"
    assert written(body) == [("800万元", "REVENUE"), ("200万元", "SPENDING")]


def test_a_bracket_in_the_fund_name_does_not_cut_it():
    body = "收到国省道建设(国省道改造3.5公里、桥涵维护2座)补助资金300万元,已支出30万元,资金支付率10%。\n"
    assert written(body) == [("300万元", "REVENUE"), ("30万元", "SPENDING")]


def test_a_class_of_spending_in_the_fund_name_is_received_and_so_is_its_part():
    body = "收到省交通事业发展保障支出60万元,其中:电子监控设施建设补助资金60万元,已支出45万元。\n"
    assert written(body) == [("60万元", "REVENUE"), ("60万元", "REVENUE"), ("45万元", "SPENDING")]


def test_traditional_characters_read_the_same():
    body = "收到省交通事業發展保障支出60萬元。\n"
    assert written(body) == [("60萬元", "REVENUE")]


def test_words_that_name_an_act_keep_their_reading():
    assert written("收到资金后已支出60万元。\n") == [("60万元", "SPENDING")]
    assert written("收到并支出资金60万元。\n") == [("60万元", "SPENDING")]
    assert written("收到通知后,支出保障经费60万元。\n") == [("60万元", "SPENDING")]


def test_what_was_not_received_is_not_revenue():
    assert written("预计收到省交通事业发展保障支出60万元。\n") != [("60万元", "REVENUE")]
    assert written("未收到省交通事业发展保障支出60万元。\n") != [("60万元", "REVENUE")]
