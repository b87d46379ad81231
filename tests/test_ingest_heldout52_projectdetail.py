"""Project funds trial 52 left unread or misread, by class, on fictional texts: a detail list
opening the sentence after its total (下达预算资金900万元。具体是:甲项目300万元;…: 864) has
the total's kind; the unpaid rest of funds said right after their payment (资金支付800万元,
未支100万元: 866) is carried over. Near cases keep their readings: a list of more than its
total, a 具体是: after words, a 未支付 with words of its own. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = "样例区文物局2031年中央补助资金绩效自评报告\n一、项目基本情况\n"


def kinds(text: str) -> list[tuple[str, str | None]]:
    return [
        (found.figure + (found.unit or ""), found.kind)
        for found in extract(text, "fictional.txt").money
    ]


def test_a_detail_list_opening_the_next_sentence_has_the_totals_kind():
    text = HEAD + (
        "区直系统项目有:一是样例管理处,下达预算资金900万元。具体是:样例寺修缮工程项目300万元;"
        "样例寺消防提升工程项目250万元;样例文献保护项目120万元。二是样例博物馆,下达预算资金80万元。\n"
    )
    read = kinds(text)
    assert ("300万元", "BUDGET") in read
    assert ("250万元", "BUDGET") in read
    assert ("120万元", "BUDGET") in read


def test_a_list_of_more_than_its_total_is_no_detail_of_it():
    text = HEAD + (
        "区直系统项目有:一是样例管理处,下达预算资金900万元。具体是:样例寺修缮工程项目800万元;"
        "样例寺消防提升工程项目250万元。\n"
    )
    read = kinds(text)
    assert ("800万元", "BUDGET") not in read


def test_a_lead_after_words_opens_nothing():
    text = (
        HEAD + "项目由样例管理处实施。具体是:样例寺修缮工程项目300万元;样例文献保护项目120万元。\n"
    )
    read = kinds(text)
    assert ("300万元", "BUDGET") not in read


def test_the_unpaid_rest_after_a_payment_is_carried_over():
    text = HEAD + "2031年,衔接资金支付800万元,未支100万元,支付率88%。未支付资金为质保金。\n"
    read = kinds(text)
    assert ("100万元", "CARRY_OVER") in read
    assert ("800万元", "SPENDING") in read


def test_an_unpaid_sum_with_words_of_its_own_keeps_its_reading():
    text = HEAD + "2031年,项目合同已履行,未支付的质保金8万元将于验收后支付。\n"
    assert ("8万元", "CARRY_OVER") not in kinds(text)
