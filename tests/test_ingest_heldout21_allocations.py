"""Allocations and rates, the twenty-first held-out trial's classes (texts 267, 268, 271):
the items of an allocation list (``allocationlist``), an amount per village, household or
person (``prosekinds.per_measure_kind``, ``saidafter.PER_UNIT``), the parts listed on the lines
after a 其中 that closes a paragraph (``linedparts``), and money spent on a purchase
(``spenton``); each held on fictional text, with the cases it must not fire on."""

from __future__ import annotations

from fictional_text import kinds

TRANSFER = (
    "青岚市文化和旅游局关于中央支持地方公共文化服务体系建设补助资金支出绩效的自评报告\n"
    "一、绩效目标分解下达情况\n"
)

# -- the items of an allocation list (allocationlist) -------------------------------------


def test_the_items_of_an_allocation_list_are_a_budget_handed_down():
    text = TRANSFER + (
        "根据省财政厅《提前下达2023年补助资金预算的通知》,对资金进行了分配,具体如下:\n"
        "1.分配松溪县数字文化馆建设120万元补贴。\n"
        "2.依据覆盖人口测算,给予松溪县广播电视无线覆盖运行维护费21.5万元,柳河区9.8万元,"
        "石桥镇6.3万元。\n"
        "3.开展“文化下乡”活动,分配至松溪县68万元,柳河区41.25万元,石桥镇7.75万元,共计117万元。\n"
        "4.分配青岚市歌舞剧院有限公司采茶戏演出补助30万元,柳河区文旅体局皮影戏20万元,共计50万元。\n"
        "5.分配农家书屋运行维护经费35.46万元,其中松溪县12.16万元,柳河区23.3万元。\n"
    )
    assert {kind for _, kind in kinds(text)} == {"BUDGET"}
    assert len(kinds(text)) == 14


def test_a_noun_of_allocation_or_a_verb_inside_a_segment_opens_no_list():
    text = TRANSFER + (
        "市财政局研究制定资金分配方案,分配方案下达后松溪县收到补助资金60万元。"
        "根据因素分配法测算补助资金45万元。"
        "据新闻报道,邻县分配给各乡镇的资金达到900万元。\n"
    )
    got = dict(kinds(text))
    assert got["60万元"] == "REVENUE"  # 收到: its own verb
    assert got["45万元"] != "BUDGET"
    assert got["900万元"] is None  # 分配 inside a segment: no list, no word


def test_an_item_that_says_more_ends_the_list():
    arrived = TRANSFER + "分配至松溪县68万元已全部到位,柳河区41.25万元。\n"
    assert dict(kinds(arrived))["68万元"] == "REVENUE"
    used = TRANSFER + "分配至松溪县68万元,用于村级文化活动,柳河区41.25万元。\n"
    assert kinds(used) == [("68万元", "BUDGET"), ("41.25万元", None)]
    spent = TRANSFER + "分配至松溪县68万元,柳河区实际支出41.25万元。\n"
    assert kinds(spent) == [("68万元", "BUDGET"), ("41.25万元", "SPENDING")]


def test_giving_to_people_or_arranging_a_reserve_is_no_allocation_list():
    text = TRANSFER + "给予困难群众生活补助12万元。年末安排预算稳定调节基金3200万元。\n"
    assert kinds(text) == [("12万元", "REVENUE"), ("3200万元", "OTHER")]


# -- an amount per village, household, person (prosekinds, saidafter.PER_UNIT) ----------------

PROJECT = "2022年青岚县乡村文化振兴项目支出绩效自评报告\n一、项目基本情况\n"


def test_an_amount_per_head_is_a_rate_whatever_its_grant_verb():
    text = PROJECT + (
        "送戏下乡每村每年补助 3600 元;全县每户每年补贴180元;每人每月发放生活补助90元;"
        "每年每村奖补5000元;演出补助按2000元/场,送书补助按3.5万元/村,年底结算。\n"
    )
    assert {kind for _, kind in kinds(text)} == {"PRICE_OR_RATE"}
    assert len(kinds(text)) == 6


def test_a_yearly_sum_a_total_or_a_head_in_another_clause_is_no_rate():
    text = PROJECT + (
        "县财政每年安排18万元经费。每村的文化活动经费合计共支出26万元。"
        "全县村级文化活动每年补助资金共计86万元。为每村配备文化器材,支出设备购置费32万元。"
        "每村每年补助4400元的标准已提高,全年补助资金共计237万元。\n"
    )
    assert kinds(text) == [
        ("18万元", "BUDGET"),
        ("26万元", "SPENDING"),
        ("86万元", "REVENUE"),
        ("32万元", "SPENDING"),
        ("4400元", "PRICE_OR_RATE"),
        ("237万元", "REVENUE"),
    ]


# -- parts on the lines after a 其中 that closes a paragraph (linedparts) -----------------

HANDED_DOWN = (
    "中央支持地方公共文化服务体系建设补助资金2023年度绩效自评报告\n"
    "一、绩效目标分解下达情况\n"
)


def test_numbered_parts_after_a_closing_其中_take_the_kind_of_its_sentence():
    text = HANDED_DOWN + (
        "省财政厅会同文旅部门印发通知,下达各市县补助资金21870.4万元,"
        "安排省本级有关部门预算资金6129.6万元。其中:\n\n"
        "1.一般项目资金共计18250万元。\n"
        "2.绩效奖励资金9750万元。\n"
    )
    assert {kind for _, kind in kinds(text)} == {"BUDGET"}


def test_a_sentence_of_two_kinds_or_another_line_between_leaves_the_parts_unread():
    mixed = HANDED_DOWN + (
        "省财政厅下达各市县补助资金21870.4万元,比上年增加1200万元。其中:\n"
        "1.一般项目资金共计18250万元。\n"
    )
    assert kinds(mixed)[-1] == ("18250万元", None)
    between = HANDED_DOWN + (
        "省财政厅下达各市县补助资金21870.4万元。其中:\n"
        "各项目按进度推进。\n"
        "1.一般项目资金共计18250万元。\n"
        "2.实际支出绩效奖励资金9750万元。\n"
    )
    assert kinds(between)[1:] == [("18250万元", None), ("9750万元", "SPENDING")]


# -- money spent on a purchase (spenton) --------------------------------------------------

FUND = "2019年松溪县防汛抗旱专项资金绩效自评报告\n一、项目资金使用情况分析\n"


def test_money_spent_on_a_purchase_is_spending():
    text = FUND + (
        "专项资金到位后,2019年累计支出防汛物资采购12.40万元,使用资金采购救生设备3.6万元,"
        "支付设备采购金额2.2万元。\n"
    )
    assert {kind for _, kind in kinds(text)} == {"SPENDING"}


def test_a_purchase_without_a_verb_of_spending_or_under_a_plan_is_not_spent():
    text = FUND + (
        "计划支出防汛物资采购8万元。全年政府采购支出5万元。防汛物资采购6万元。"
        "据报道,邻县投资采购冲锋舟20万元。\n"
    )
    assert kinds(text) == [
        ("8万元", "OTHER"),
        ("5万元", "CONTRACT"),
        ("6万元", "OTHER"),
        ("20万元", "OTHER"),
    ]
