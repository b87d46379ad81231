"""A transfer's sum handed down and the parts it is said to be made of (trial 49's 766): a
finance ministry's 下拨 to a place, with the ministry it acts with, is a budget handed down
(``kinds.ministrypassed``); the parts a lead (主要包含三大方面:) lists 一是…二是… after the
total, and the sub-parts a sentence lists after 含, take the total's kind
(``kinds.composedparts``). A 下拨 said to have arrived, a 财政部门's, one to a firm, a list
with no lead, a 含 after a comma and a total of no kind keep today's reading. Test material,
fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = "中央林业草原生态保护资金2031年度绩效自评报告\n一、基本情况\n"


def kinds(body: str) -> dict[str, str | None]:
    return {m.as_written: m.kind for m in extract(HEAD + body, "fictional.txt").money}


def test_a_finance_ministry_passing_funds_down_to_a_province_hands_down_a_budget():
    got = kinds(
        "全年财政部会同国家林草局共下拨样例省林业草原生态保护资金8.2亿元,有效保障了工作开展。"
        "省财政厅会同省林业局下拨各市县补助资金3.5亿元。\n"
    )
    assert got["8.2亿元"] == "BUDGET"
    assert got["3.5亿元"] == "BUDGET"


def test_a_passing_down_said_to_have_arrived_or_to_a_firm_stays_as_read():
    got = kinds(
        "财政部下拨样例省林业资金6亿元,已全部到位。财政部门下拨样例市资金2亿元。"
        "县财政局下拨样例建设公司改造资金1200万元。\n"
    )
    assert got["6亿元"] == "REVENUE"
    assert got["2亿元"] != "BUDGET"
    assert got["1200万元"] != "BUDGET"


def test_the_parts_a_total_is_made_of_take_its_kind():
    got = kinds(
        "2031年,财政部会同国家林草局共下达我省林业草原生态保护资金12.5亿元。主要包含两大方面:"
        "一是林业草原生态保护恢复资金(天然林保护)8.3亿元。含森林管护资金5.1亿元、"
        "社会保险补助资金3.2亿元。二是林业草原生态保护恢复资金(退耕还林)4.2亿元。\n"
    )
    assert got["12.5亿元"] == "BUDGET"
    assert {got[f] for f in ("8.3亿元", "5.1亿元", "3.2亿元", "4.2亿元")} == {"BUDGET"}


def test_a_list_with_no_lead_or_a_contains_after_a_comma_stays_unread():
    got = kinds(
        "2031年,上级共下达我省林业资金12.5亿元。一是林业生态保护恢复资金8.3亿元,含森林管护资金"
        "5.1亿元、社会保险补助资金3.2亿元。二是退耕还林资金4.2亿元。\n"
    )
    assert got["12.5亿元"] == "BUDGET"
    assert got["8.3亿元"] is None
    assert got["5.1亿元"] is None
    assert got["4.2亿元"] is None


def test_parts_of_a_total_of_no_kind_stay_unread():
    got = kinds(
        "全省受灾造成直接经济损失30亿元。主要包含两大方面:一是农业损失18亿元。二是房屋损失12亿元。\n"
    )
    assert got["30亿元"] == "OTHER"
    assert got["18亿元"] is None
    assert got["12亿元"] is None
