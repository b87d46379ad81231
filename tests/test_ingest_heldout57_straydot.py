"""A figure with a stray full stop typed before its 万元 / 亿元, no number after the stop, is an
amount in that unit (trial 57's 1062, a kindergarten's 决算: 财政拨款本年支出488.8. 万元, the
488.80万元 it states elsewhere; missed before), the stop part of the amount as written. A
figure before a stop and a line break, a stop before a number (a version, 12.3.4), and a
numbered heading's 2. before 元旦 stay no amount. Test material, fictional."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govkg.ingest.extract import extract
from govkg.ingest.text.amounts import amounts_written

ACCOUNTS = (
    "样例县幼儿园2031年部门决算公开说明\n"
    "一、收入支出决算总体情况\n2031年本年支出388.80 万元,其中财政拨款支出388.80 万元。\n"
    "二、财政拨款支出决算情况\n1、财政拨款支出决算总体情况。财政拨款本年支出388.8. 万元,"
    "比上年增加 33 %。\n"
)


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("财政拨款本年支出488.8. 万元,比上年", "488.8. 万元", Decimal("4888000")),
        ("项目支出500.万元。", "500.万元", Decimal("5000000")),
        ("累计投入2.5.亿元", "2.5.亿元", Decimal("250000000")),
    ],
)
def test_a_stray_stop_before_the_unit_is_read(text, written, value):
    assert list(amounts_written(text)) == [(written, value)]


@pytest.mark.parametrize(
    "text",
    [
        "共计3.\n万元以下的项目",  # a line break after the stop
        "版本12.3.4万元",  # a number after the stop
        "2. 元旦慰问经费",  # a numbered heading's stop before 元旦
        "支出35. 元",  # 元 alone: no stray stop read
    ],
)
def test_a_stop_before_a_break_a_number_or_元_alone_is_no_amount(text):
    assert list(amounts_written(text)) == []


def test_the_figure_is_read_as_spending_in_an_accounts_note():
    read = extract(ACCOUNTS, "fictional.txt")
    assert any(m.as_written == "388.8. 万元" and m.kind == "SPENDING" for m in read.money)
