"""The forms of the twentieth held-out trial's mirrored reports, read once the reports are let
in, each held on fictional text with cases it must not fire on: a glued funds row whose rate
head carries its formula and whose 其中 row states a rate of its own (``gluedfunds``); a funds
row written as fields, each label carrying the unit, with its source rows (``unitfields``).
"""

from __future__ import annotations

from decimal import Decimal

from fictional_text import found, kinds
from govkg.ingest.extract import extract

# -- a glued funds row: 执行率(B/A×100%), a 其中 row with its own rate (gluedfunds) ----------

GLUED = (
    "2023年度青嵐市動物防疫補助資金績效自評報告\n"
    "資金投入情況(萬元)全年預(yù)算數(shù)(A)全年執(zhí)行數(shù)(B)預算執行率(B/A×100%)"
    "年度資金總額:{total}其中:中央財政資金{part}地方資金其他資金\n"
)


def _glued(total="250240.596.2%", part="200192.596.25%") -> list[tuple[str, str | None]]:
    return kinds(GLUED.format(total=total, part=part))


def test_a_glued_row_under_a_rate_head_with_its_formula_and_its_rated_part():
    # 240.5 / 250 = 96.2%; the part 192.5 / 200 = 96.25%, each cell within the total's
    assert _glued() == [
        ("250", "BUDGET"),
        ("240.5", "SPENDING"),
        ("200", "BUDGET"),
        ("192.5", "SPENDING"),
    ]
    amounts = [y for _, _, y, _ in found(GLUED.format(total="250240.596.2%", part=""))]
    assert amounts == [Decimal("2500000"), Decimal("2405000")]


def test_a_part_whose_rate_proves_no_cut_is_not_read():
    assert _glued(part="20019299%") == [("250", "BUDGET"), ("240.5", "SPENDING")]


def test_a_part_over_the_total_is_no_part():
    assert _glued(part="300300100%") == [("250", "BUDGET"), ("240.5", "SPENDING")]


# -- a funds row written as fields, each label with its unit (unitfields) --------------------

FIELDS = (
    "2022年度青嵐縣鄉村道路養護項目支出績效自評報告\n"
    "一、項目基本概況 |\n"
    "|||||||||\n"
    "{fields}"
    "||||||\n"
    "其中:中央財政 |\n|\n其中:中央財政 |\n|\n其中:中央財政 |\n|\n其中:中央財政 |\n|\n"
    "||||||\n"
    "縣財政 |\n500 |\n縣財政 |\n480 |縣財政 |\n470.5 |縣財政 |\n9.5 |\n"
    "||||||\n"
    "二、項目支出明細情況 |\n"
)
ROW = (
    "計劃安排資金 (萬元) |\n500 |\n實際到位資金 (萬元) |\n{arrived} |"
    "實際支出 (萬元) |\n470.5 |結余 (萬元) |\n9.5 |\n"
)


def test_fields_with_their_unit_and_the_source_row_under_them():
    got = found(FIELDS.format(fields=ROW.format(arrived="480")))
    assert [(w, k, y) for w, k, y, _ in got] == [
        ("500", "BUDGET", Decimal("5000000")),
        ("480", "REVENUE", Decimal("4800000")),
        ("470.5", "SPENDING", Decimal("4705000")),
        ("9.5", "CARRY_OVER", Decimal("95000")),
        ("500", "BUDGET", Decimal("5000000")),  # 縣財政 under 計劃安排資金, the first field
        ("480", "REVENUE", Decimal("4800000")),
        ("470.5", "SPENDING", Decimal("4705000")),
        ("9.5", "CARRY_OVER", Decimal("95000")),
    ]


def test_a_cell_that_is_no_one_number_states_nothing():
    got = kinds(FIELDS.format(fields=ROW.format(arrived="4,80.0,1")))
    assert ("4,80.0,1", "REVENUE") not in got
    assert [w for w, _ in got].count("500") == 2


def _fields_read(text: str) -> list[tuple[str, str | None, str | None]]:
    """(as written, kind, reason) of what ``unitfields`` read."""
    return [
        (m.as_written, m.kind, m.reason)
        for m in extract(text, "f.txt").money
        if m.rule == "unit-fields"
    ]


def test_a_field_whose_label_names_no_kind_is_listed_unread():
    fields = "其他 (萬元) |\n30 |\n計劃安排資金 (萬元) |\n500 |\n"
    got = _fields_read(FIELDS.format(fields=fields).replace("縣財政", "縣級"))
    assert [(w, k) for w, k, _ in got] == [("30", None), ("500", "BUDGET")]
    assert got[0][2]


def test_a_table_s_header_row_is_no_run_of_fields():
    header = "預算數 (萬元) |\n決算數 (萬元) |\n100 |\n90 |\n"
    assert _fields_read(FIELDS.format(fields=header)) == []


def test_one_field_alone_is_no_run():
    one = "計劃安排資金 (萬元) |\n500 |\n項目負責人 |\n王某 |\n"
    assert _fields_read(FIELDS.format(fields=one)) == []
