"""The bonds issued for a project (…专项债…,2031年度发行500万元) are money the project received
(trial 49's 760). Near misses keep today's reading. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = "样例市2031年样例医院建设项目专项债券绩效自评报告\n一、项目概况\n"


def written(body: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(HEAD + body, "fictional.txt").money]


def test_the_bond_issued_in_a_year_is_received():
    body = "本项目专项债券期限15年,2031年度发行500万元,2032年度发行700万元。\n"
    assert written(body) == [("500万元", "REVENUE"), ("700万元", "REVENUE")]


def test_a_bond_already_issued_is_received():
    body = "该项目纳入地方政府专项债券项目库,债券期限10年,已发行2600万元。\n"
    assert written(body) == [("2600万元", "REVENUE")]


def test_a_bond_named_after_the_verb_is_left_to_the_rules_of_parts():
    body = "本项目资金情况如下,请审阅\n当年发行专项债券800万元\n"
    assert written(body) == [("800万元", None)]


def test_an_issue_with_no_bond_in_its_sentence_stays_unread():
    body = "样例彩票中心2031年度发行1800万元。\n"
    assert written(body) == [("1800万元", None)]


def test_an_issue_fee_stays_spent():
    body = "本期专项债券发行费用12万元由财政承担。\n"
    assert written(body) == [("12万元", "SPENDING")]
