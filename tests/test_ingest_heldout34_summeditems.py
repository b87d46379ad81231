"""Thirty-fourth trial (446): a form itemises what was spent one cell a line under one money
head carrying its unit (支出内容 / 实际支出数(万元) / 会计凭证号 / 备注), closed by a 合计 row;
each item is read where the items add up to it (``summeditems``). Held on fictional text,
with a table whose sum fails, one whose head states no unit, and a second money column."""

from __future__ import annotations

from decimal import Decimal

from fictional_text import found

TITLE = "样例乡2031年度文化站运行项目支出绩效自评报告\n\n二、项目支出明细\n\n"


def _read(table: str) -> dict[str, list[tuple[str | None, Decimal]]]:
    figures: dict[str, list[tuple[str | None, Decimal]]] = {}
    for written, kind, amount, _ in found(TITLE + table + "\n\n三、项目绩效情况\n"):
        figures.setdefault(written, []).append((kind, amount))
    return figures


def test_items_that_add_up_to_the_total_are_read():
    table = (
        "明细项目\n\n支出金额(元)\n\n凭证号\n\n说明\n\n"
        "水电费\n\n12000\n\n3月5号凭证\n\n"
        "图书购置\n\n8350.50\n\n"
        "讲座劳务\n\n3000\n\n含2名讲师\n\n"
        "合计\n\n23350.50\n"
    )
    figures = _read(table)
    assert figures["12000"] == [("SPENDING", Decimal("12000"))]
    assert figures["3000"] == [("SPENDING", Decimal("3000"))]
    assert figures["23350.50"] == [("SPENDING", Decimal("23350.50"))]


def test_items_that_miss_the_total_are_not_read():
    table = (
        "明细项目\n\n支出金额(元)\n\n凭证号\n\n"
        "水电费\n\n12000\n\n图书购置\n\n8350.50\n\n合计\n\n23350.50\n"
    )
    figures = _read(table)
    assert all(kind is None for kind, _ in figures.get("12000", [(None, 0)]))


def test_a_head_without_its_unit_reads_nothing():
    table = (
        "明细项目\n\n支出金额\n\n凭证号\n\n"
        "水电费\n\n12000\n\n图书购置\n\n8350.50\n\n合计\n\n20350.50\n"
    )
    figures = _read(table)
    assert all(kind is None for kind, _ in figures.get("12000", [(None, 0)]))


def test_two_figures_after_one_item_read_nothing():
    table = (
        "明细项目\n\n预算金额(元)\n\n支出金额(元)\n\n"
        "水电费\n\n12000\n\n11000\n\n图书购置\n\n8000\n\n8000\n\n合计\n\n19000\n"
    )
    figures = _read(table)
    assert all(kind != "SPENDING" for kind, _ in figures.get("11000", [(None, 0)]))
