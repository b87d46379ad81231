"""Funds a finance level 下拨 with a total worded 金额合计 / 合计金额 are a budget, and the
parts listed under it, 补助 funds among them, are its parts (trial 47's 723). The sum's word
names no kind of its own. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract


def _kinds(text: str) -> dict[str, str | None]:
    return {m.as_written: m.kind for m in extract(text, "fictional.txt").money}


HANDED = (
    "样例县水利局2031年水利发展资金绩效自评报告\n一、基本情况\n"
    "省财政厅下拨样例县2031年水利发展资金共5项,合计金额880万元;其中县水利局共3项,"
    "金额合计610万元,其中灌区改造资金300万元、小型水库补助资金260万元、"
    "山洪防治补助费50万元。\n"
)


def test_finance_level_passed_down_total_and_its_subsidy_parts_are_a_budget():
    assert _kinds(HANDED) == {
        "880万元": "BUDGET",
        "610万元": "BUDGET",
        "300万元": "BUDGET",
        "260万元": "BUDGET",
        "50万元": "BUDGET",
    }


def test_passed_down_by_a_giver_that_is_no_finance_level_keeps_its_reading():
    # 省级下拨…护理费 (the corpus reads it as money received): unchanged
    text = (
        "样例县退役军人事务局2031年项目支出绩效自评报告\n一、项目概况\n"
        "2031年省级下拨残疾军人护理费4.5万元;市级下拨残疾军人护理费4.5万元。\n"
    )
    assert set(_kinds(text).values()) == {"REVENUE"}


def test_a_sum_received_is_revenue_and_a_subsidy_the_verb_gives_is_no_budget_part():
    # the sum's word takes the kind of 收到 before it (was OTHER by its 金额); 补助 the verb
    # before a figure is no fund's name
    text = (
        "样例县应急管理局2031年救灾资金绩效自评报告\n一、资金情况\n"
        "收到上级补助资金合计金额90万元,对三个乡镇分别补助30万元。\n"
    )
    assert _kinds(text)["90万元"] == "REVENUE"
    assert _kinds(text)["30万元"] != "BUDGET"


def test_a_contract_sum_keeps_its_kind():
    text = (
        "样例县数据中心2031年项目支出绩效自评报告\n一、项目情况\n"
        "本项目合同金额合计120万元,已支付96万元。\n"
    )
    assert _kinds(text) == {"120万元": "CONTRACT", "96万元": "SPENDING"}
