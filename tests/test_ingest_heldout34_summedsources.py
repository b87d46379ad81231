"""Thirty-fourth trial (443): the national transfer form's funds grid lists sources the form
rule does not know by name (地方资金, a lottery fund's row); they are read where the rows
under the total add up to it, column by column (``summedsources``). Held on fictional text,
with sums that fail and a row that does not fit, where nothing more is read."""

from __future__ import annotations

from decimal import Decimal

from fictional_text import found

HEAD = (
    "青岚县救助资金转移支付绩效目标自评表\n(2031年度)\n"
    "资金投入情况(万元)  全年预算数(A)  全年执行数(B)  预算执行率(B/A×100%)\n"
)
TARGETS = "年度总体目标  全年实际完成情况\n"


def _read(rows: str) -> dict[str, list[tuple[str | None, Decimal]]]:
    figures: dict[str, list[tuple[str | None, Decimal]]] = {}
    for written, kind, amount, _ in found(HEAD + rows + TARGETS):
        figures.setdefault(written, []).append((kind, amount))
    return figures


def test_unnamed_sources_that_add_up_to_the_total_are_read():
    rows = (
        "年度资金总额:  1000.5  980.5  98%\n"
        "其中:中央财政资金  400  400  100%\n"
        "福彩公益金  0  0  —\n"
        "县级配套资金  600.5  580.5  96.67%\n"
        "其他资金\n"
    )
    figures = _read(rows)
    assert figures["600.5"] == [("BUDGET", Decimal("6005000"))]
    assert figures["580.5"] == [("SPENDING", Decimal("5805000"))]
    assert figures["0"] == [("BUDGET", Decimal("0")), ("SPENDING", Decimal("0"))]


def test_sources_that_do_not_add_up_are_not_placed():
    rows = (
        "年度资金总额:  1000.5  980.5  98%\n"
        "其中:中央财政资金  400  400  100%\n"
        "县级配套资金  610.5  580.5  95.09%\n"  # 400 + 610.5 is not 1000.5
    )
    figures = _read(rows)
    assert figures["400"] == [("BUDGET", Decimal("4000000")), ("SPENDING", Decimal("4000000"))]
    assert all(kind is None for kind, _ in figures.get("610.5", [(None, 0)]))
    assert all(kind is None for kind, _ in figures.get("580.5", [(None, 0)]))


def test_a_row_whose_rate_does_not_fit_proves_nothing():
    rows = (
        "年度资金总额:  1000.5  980.5  98%\n"
        "其中:中央财政资金  400  400  100%\n"
        "县级配套资金  600.5  580.5  50%\n"  # a stated rate that 580.5 / 600.5 is not
    )
    figures = _read(rows)
    assert all(kind is None for kind, _ in figures.get("600.5", [(None, 0)]))
