"""An insurance's premiums and the levels' subsidy shares (trial 47's 721): 计划和实际 names no
planned money, a 总保费 is premiums in all (OTHER), and 县级财政补贴20%为… is the share a
level's finance bears at its rate (BUDGET). Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(text, "fictional.txt").money]


PREMIUMS = (
    "样例县政策性农业保险保费补贴2031年度绩效自评报告\n一、基本情况\n"
    "全县各险种保费总额为900万元。\n二、各险种情况\n"
    "1、玉米保险:全县计划与实际投保12万头,总保费60万元,市财政补贴45%为27万元,"
    "县级财政补贴25%为15万元。\n"
)


def test_premiums_in_all_are_other_and_the_levels_subsidy_shares_a_budget():
    assert _kinds(PREMIUMS) == [
        ("900万元", "OTHER"),
        ("60万元", "OTHER"),
        ("27万元", "BUDGET"),
        ("15万元", "BUDGET"),
    ]


def test_a_plan_of_money_stays_planned():
    text = (
        "样例县水利局2031年项目支出绩效自评报告\n一、项目情况\n"
        "本项目计划投入资金80万元,已支付50万元。\n"
    )
    assert _kinds(text) == [("80万元", "PLANNED"), ("50万元", "SPENDING")]


def test_a_subsidy_without_its_rate_and_a_premium_subsidy_keep_their_readings():
    text = (
        "样例县财政局2031年项目支出绩效自评报告\n一、项目情况\n"
        "收到省财政补贴资金30万元,保费补贴支出28万元,保险费共2万元。\n"
    )
    kinds = dict(_kinds(text))
    assert kinds["30万元"] == "REVENUE"
    assert kinds["28万元"] == "SPENDING"
    assert kinds["2万元"] != "OTHER"
