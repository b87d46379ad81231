"""Readings added for issue #13 (the real corpus), each held on fictional text with the
cases where it must not fire: an amount a series of parallel clauses leaves unnamed, a
form's executed figure a PDF prints apart from its row, and the unit of a form whose
implementing unit is a company."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govkg.ingest.extract import extract
from govkg.ingest.tables import find_table_money
from govkg.ingest.textview import clean_view

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
