"""What a level of government's finance commits each year to a programme (省财政每年筹集…,
中央财政每年专项补助…: trial 48) is the money arranged for it, a budget, not money received by
the 补助. A rate per household per year, and a 补助 with no yearly commitment, keep today's
readings. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = "样例省2031年度水土保持专项资金绩效自评报告\n一、项目基本情况\n"


def written(body: str) -> dict[str, str | None]:
    return {m.as_written: m.kind for m in extract(HEAD + body, "fictional.txt").money}


def test_what_each_level_commits_each_year_is_a_budget():
    body = (
        "按照实施方案,自治区财政每年投入专项资金4.5亿元,县级财政每年自筹1.2亿元,"
        "至2035年每年补助资金2亿元,用于水土流失综合治理。\n"
    )
    found = written(body)
    assert found["4.5亿元"] == "BUDGET"
    assert found["1.2亿元"] == "BUDGET"
    assert found["2亿元"] == "BUDGET"


def test_a_rate_per_household_each_year_stays_a_rate():
    body = "对搬迁农户每户每年补助800元,共补助320户。\n"
    assert written(body)["800元"] == "PRICE_OR_RATE"


def test_a_subsidy_without_a_yearly_commitment_keeps_its_reading():
    body = "2031年收到中央补助资金300万元。\n"
    assert written(body)["300万元"] == "REVENUE"
