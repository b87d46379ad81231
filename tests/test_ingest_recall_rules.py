"""Readings added for issue #13 (the real corpus), each held on fictional text with the
cases where it must not fire: an amount a series of parallel clauses leaves unnamed, a
form's executed figure a PDF prints apart from its row, and the unit of a form whose
implementing unit is a company."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govkg.ingest.extract import extract
from govkg.ingest.tables.tables import find_table_money
from govkg.ingest.text.textview import clean_view

OPENING = "示范县数据局2024年度部门整体支出绩效自评报告\n一、部门基本情况\n(一)项目支出情况\n"


def kinds(sentence: str) -> list[tuple[str, str | None]]:
    """(as written, kind) of every amount of the report's one sentence of projects."""
    return [(m.as_written, m.kind) for m in extract(OPENING + sentence, "fictional.txt").money]


def test_an_amount_a_parallel_clause_leaves_unnamed_has_the_kind_its_first_clause_names():
    sentence = (
        "本年共有3个项目。其中,平台运维年初预算数12万元,年末结算支出10万元,执行率为83.33%;"
        "网络租赁8.50万元,年末结算支出8.50万元,执行率为100%;"
        "安全测评5万元,年末结算支出4万元,执行率为80%。\n"
    )
    assert kinds(sentence) == [
        ("12万元", "BUDGET"),
        ("10万元", "SPENDING"),
        ("8.50万元", "BUDGET"),  # the word 年初预算数 is said once, for the first project
        ("8.50万元", "SPENDING"),
        ("5万元", "BUDGET"),
        ("4万元", "SPENDING"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # the later clause has another frame: it does not repeat the first one
        "其中,平台运维年初预算数12万元,年末结算支出10万元;网络租赁8.50万元,已拨付8.50万元。\n",
        # one amount in the clause: no frame to compare
        "其中,平台运维年初预算数12万元,执行率为83.33%;网络租赁8.50万元,执行率为100%。\n",
        # the first clause names no kind for its first amount either
        "其中,平台运维12万元,年末结算支出10万元;网络租赁8.50万元,年末结算支出8.50万元。\n",
        # another sentence: 。 ends the series
        "平台运维年初预算数12万元,年末结算支出10万元。网络租赁8.50万元,年末结算支出8.50万元。\n",
    ],
)
def test_an_unnamed_amount_outside_a_repeated_frame_stays_unread(sentence):
    first = next(kind for written, kind in kinds(sentence) if written == "8.50万元")
    assert first is None


FORM = (
    "财政项目支出绩效自评表 (2023 年度) 项目名称 场馆运维 主管部门 样例区体育局 "
    "年初预算数 全年预算数 全年执行数 分值 执行率 得分 "
    "30000.00 30000.00 6.5 其中:当年财政拨款 0 0 — 上年结转资金 0 0 — "
    "年度资金总额 项目资金 (元) 实施单位 {apart} 预期目标 年度 总体 目标 10 {rate} "
    "实际完成情况 已完成。"
)


def test_an_executed_figure_printed_apart_is_read_where_the_stated_rate_confirms_it():
    found = list(find_table_money(clean_view(FORM.format(apart="19,500", rate="65.00%")), 2023))
    read = [(c.as_written, c.kind, c.amount) for c in found if c.kind]
    assert read == [
        ("30000.00", "BUDGET", Decimal("30000.00")),
        ("30000.00", "BUDGET", Decimal("30000.00")),
        ("19,500", "SPENDING", Decimal("19500")),  # 19500 / 30000 = 65.00%, as stated
    ]
    assert [c.as_written for c in found if not c.kind] == ["6.5", "0", "0", "0", "0"]


@pytest.mark.parametrize(
    ("apart", "rate"),
    [
        ("19,500", "60.00%"),  # the lone figure is not the stated rate of the budget
        ("19,500", "65%"),  # a rate without two decimals confirms nothing
        ("19,500 分 19,500", "65.00%"),  # two lone figures would do: neither is chosen
    ],
)
def test_an_executed_figure_apart_is_never_guessed(apart, rate):
    found = list(find_table_money(clean_view(FORM.format(apart=apart, rate=rate)), 2023))
    assert all(c.kind is None for c in found)
    assert all("does not show" in c.reason for c in found)


CONTRACTED = (
    "2023年度办公网维护项目绩效自评表.pdf\n样例市财政预算支出项目绩效目标自评表 填报日期:2024 年 "
    "2 月 1 日 项目名称 办公网维护费 项目实施单位 {doer} 项目主管单位 样例市纪委监委 项目负责人 "
    "张三 中央 本级 合计 执行数 (万元) (万元) (万元) (万元) 8.2 8.2 执行率 100%\n"
    "评价意见: 年初预算资金8.2万元,全年执行8.2万元。\n"
)


@pytest.mark.parametrize(
    ("doer", "unit"),
    [
        ("样例市城投公司", "样例市纪委监委"),  # a contractor: the form is its supervisor's
        ("样例市信息中心", "样例市信息中心"),  # a budget unit implements: the form is its own
        ("样例市城投有限责任", "（未署名的报告单位）"),  # neither: said, never guessed
    ],
)
def test_a_form_implemented_by_a_company_is_its_supervising_units(doer, unit):
    assert extract(CONTRACTED.format(doer=doer), "fictional.txt").document.unit == unit


# -- a list of acts of spending its stated total adds up (ingest/kinds/itemised.py) -----------


def test_items_of_spending_that_add_up_to_their_stated_total_are_spending():
    sentence = (
        "资金使用情况如下。修建仓库及围墙9.5万元;购置冷藏车一辆21万元;"
        "安装监控设备2.5万元;共计33万元,已全部完工。\n"
    )
    assert kinds(sentence) == [
        ("9.5万元", "SPENDING"),
        ("21万元", "SPENDING"),
        ("2.5万元", "SPENDING"),
        ("33万元", "SPENDING"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # the items do not add up to the total (9.5 + 21 + 2.5 = 33, not 34)
        "修建仓库及围墙9.5万元;购置冷藏车一辆21万元;安装监控设备2.5万元;共计34万元。\n",
        # an item names no act of spending: what it is, not that it was spent on
        "修建仓库及围墙9.5万元;人员工资21万元;安装监控设备2.5万元;共计33万元。\n",
        # one item only: no list
        "人员工资23.5万元;购置冷藏车一辆9.5万元;共计9.5万元。\n",
        # the total is not stated right after the items: another sentence
        "修建仓库及围墙9.5万元;购置冷藏车一辆21万元。共计30.5万元。\n",
    ],
)
def test_a_list_that_is_not_a_summed_list_of_acts_of_spending_stays_unread(sentence):
    assert all(kind is None for _, kind in kinds(sentence))


# -- funds handed down (下达), received (收到); a heading of the budget handed down ------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("2023年帮扶资金共下达80万元,用于道路硬化。\n", "BUDGET"),
        ("市财政局下达我单位环境监测补助资金2万元。\n", "BUDGET"),
        ("《关于提前下达环境监测补助资金预算的通知》(样财环〔2023〕5号)补助资金2万元。\n", "BUDGET"),
        # 收到 governs its list: the second item is received too, though called a 补助预算
        ("本年度收到《关于下达监测资金的通知》中央补助2万元、《关于下达资金预算的通知》"
         "中央补助预算3万元。\n", "REVENUE"),
        # must not fire: the words after 下达 name another kind
        ("上级下达资金已到位80万元。\n", "REVENUE"),
        ("上级下达的资金已支出80万元。\n", "SPENDING"),
        # must not fire: after 收到 the item's own words say spending
        ("本年度收到补助2万元、支出3万元。\n", "SPENDING"),
    ],
)
def test_funds_handed_down_are_a_budget_and_funds_received_revenue(sentence, expected):
    assert kinds(sentence)[-1][1] == expected


def test_the_amounts_right_under_a_heading_of_the_budget_handed_down_are_that_budget():
    text = "1、专项资金下达预算及项目情况。\n年度资金30万元,本年度财政拨款30万元,执行率100%。\n"
    assert kinds(text) == [("30万元", "BUDGET"), ("30万元", "BUDGET")]


@pytest.mark.parametrize(
    "text",
    [
        # a heading of anything else: the column of the form is not said
        "(一)资金投入情况分析\n年度资金30万元,本年度财政拨款30万元。\n",
        # a heading of how the budget handed down was spent: the amounts may be spending
        "1、专项资金下达预算执行情况。\n年度资金30万元,本年度财政拨款30万元。\n",
        # past the first sentence after the heading
        "1、专项资金下达预算及项目情况。\n项目已完工。年度资金30万元,本年度财政拨款30万元。\n",
    ],
)
def test_amounts_not_right_under_a_heading_of_the_budget_handed_down_stay_unread(text):
    assert all(kind is None for _, kind in kinds(text))
