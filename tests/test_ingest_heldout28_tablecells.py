"""The table cells of the twenty-eighth held-out trial's forms, each held on fictional text
with cases it must not fire on: a funds row written as fields whose source rows write a
source that gave nothing as ``无`` (``unitfields``).
"""

from __future__ import annotations

from govkg.ingest.extract import extract

# -- a source row of fields written 无 (unitfields) ------------------------------------------

FIELDS = (
    "2019年度青嵐市碼頭聯檢設施改造項目支出績效評價自評報告\n"
    "一、項目基本概況 |\n"
    "|||||||||\n"
    "計劃安排資金 (萬元) |\n1,320.5 |\n實際到位資金 (萬元) |\n1,320.5 |\n"
    "實際支出 (萬元) |\n1,300.0 |\n結余(萬元) |\n20.5 |\n"
    "||||||||\n"
    "其中:中央財政 |\n{none} |\n其中:中央財政 |\n{none} |\n其中:中央財政 |\n{none} |\n"
    "其中:中央財政 |\n{none} |\n"
    "||||||||\n"
    "省財政 |\n300.0 |\n省財政 |\n300.0 |\n省財政 |\n300.0 |\n省財政 |\n0.0 |\n"
    "||||||||\n"
    "市財政 |\n1,020.5 |\n市財政 |\n1,020.5 |\n市財政 |\n1,000.0 |\n市財政 |\n20.5 |\n"
    "||||||||\n"
    "二、項目支出明細情況 |\n"
)


def _fields_read(text: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(text, "f.txt").money if m.rule == "unit-fields"]


def test_source_rows_under_a_row_written_none_are_read():
    got = _fields_read(FIELDS.format(none="无"))
    assert got[4:] == [
        ("300.0", "BUDGET"),
        ("300.0", "REVENUE"),
        ("300.0", "SPENDING"),
        ("0.0", "CARRY_OVER"),
        ("1,020.5", "BUDGET"),
        ("1,020.5", "REVENUE"),
        ("1,000.0", "SPENDING"),
        ("20.5", "CARRY_OVER"),
    ]


def test_a_dash_is_an_empty_cell_too():
    assert len(_fields_read(FIELDS.format(none="-"))) == 12


def test_a_word_that_is_no_empty_cell_still_ends_the_rows():
    assert len(_fields_read(FIELDS.format(none="待定"))) == 4


def test_a_none_cell_in_the_fields_row_reads_nothing_there():
    text = FIELDS.format(none="无").replace("實際支出 (萬元) |\n1,300.0 |", "實際支出 (萬元) |\n无 |")
    got = _fields_read(text)
    assert ("无", "SPENDING") not in got
    assert got[:3] == [("1,320.5", "BUDGET"), ("1,320.5", "REVENUE"), ("20.5", "CARRY_OVER")]
