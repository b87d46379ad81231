"""Thirty-third trial (413): an area form's bare 预算数 / 执行数 totals take the unit word of
their part rows (其中:中央补助 2.38 万元, each part printed once per column) where the parts
add to the totals (``tables.partunits``). Held on fictional text, with the forms whose sums
or labels do not hold, which must keep today's reading."""

from __future__ import annotations

from fictional_text import found
from govkg.ingest.extract import extract

FORM = "2031年中央对地方转移支付区域绩效目标自评表\n专项名称 样例水利补助资金\n预算执行情况\n"


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(text, "f.txt").money if m.rule == "part-units"]


def test_bare_totals_on_one_line_take_their_parts_unit():
    text = FORM + (
        "预算数: | 12.5 | 执行数: | 12 | 95 | 其中:中央资金 | 10万元 | 其中:中央资金 | 9.6万元"
        " | 地方资金 | 2.5万元 | 地方资金 | 2.4万元 |\n年度目标完成情况\n"
    )
    assert _read(text) == [
        ("12.5", "BUDGET"),
        ("12", "SPENDING"),
        ("10万元", "BUDGET"),
        ("9.6万元", "SPENDING"),
        ("2.5万元", "BUDGET"),
        ("2.4万元", "SPENDING"),
    ]
    assert [a for w, _, a, _ in found(text) if w == "12.5"] == [125000]


def test_an_empty_part_is_its_unit_word_alone():
    text = (
        FORM
        + "预算数\n8\n执行数\n7.5\n其中:中央补助\n8 元\n其中:中央补助\n7.5元\n其他资金\n元\n其他资金\n元\n"
    )
    assert _read(text) == [
        ("8", "BUDGET"),
        ("7.5", "SPENDING"),
        ("8 元", "BUDGET"),
        ("7.5元", "SPENDING"),
    ]


def test_parts_that_do_not_add_to_the_totals_place_nothing():
    text = FORM + (
        "预算数: | 12.5 | 执行数: | 12 | 其中:中央资金 | 10万元 | 其中:中央资金 | 9.6万元"
        " | 地方资金 | 2万元 | 地方资金 | 2.4万元 |\n年度目标完成情况\n"
    )
    assert _read(text) == []
    assert "12.5" not in [w for w, _, _, _ in found(text)]


def test_a_part_printed_once_places_nothing():
    text = FORM + "预算数: 12.5 执行数: 12 其中:中央资金 10万元 地方资金 2.5万元\n"
    assert _read(text) == []


def test_two_units_among_the_parts_place_nothing():
    text = (
        FORM
        + "预算数: 12.5 执行数: 12 中央资金 10万元 中央资金 9.6万元 地方资金 2.5元 地方资金 2.4元\n"
    )
    assert _read(text) == []
