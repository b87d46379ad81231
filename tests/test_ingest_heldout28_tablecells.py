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
    text = FIELDS.format(none="无").replace(
        "實際支出 (萬元) |\n1,300.0 |", "實際支出 (萬元) |\n无 |"
    )
    got = _fields_read(text)
    assert ("无", "SPENDING") not in got
    assert got[:3] == [("1,320.5", "BUDGET"), ("1,320.5", "REVENUE"), ("20.5", "CARRY_OVER")]


# -- a piped table dropping its empty cells, placed by its 合计 sums (sumplacedrows) ---------

PLACED = (
    "青嵐市商務局2022年度省級專項資金績效評價報告\n"
    "一、資金安排情況\n"
    "表1青嵐市2022年度專項資金安排情況表 單位:萬元\n"
    "序號 | 政策任務 | 預算額度 | 調整額度 | 實際安排額度 | 備註 |\n"
    "1 | K101.外貿穩增長 | 40.00 | 40.00 | ||\n"
    "2 | K102.會展平台建設 | 210.50 | 12.30 | 222.80 | 注1 |\n"
    "3 | K201.電商進農村 | 88.00 | 88.00 | ||\n"
    "{total} | 338.50 | 12.30 | 350.80 |\n"
    "注1:調整資金見文件。\n"
)


def _placed(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (m.as_written, m.label, m.kind)
        for m in extract(text, "f.txt").money
        if m.rule == "sum-placed-rows"
    ]


def test_rows_with_dropped_cells_are_placed_by_the_total_s_sums():
    got = _placed(PLACED.format(total="合計"))
    assert got[:2] == [
        ("40.00", "K101.外贸稳增长 预算额度", "BUDGET"),
        ("40.00", "K101.外贸稳增长 实际安排额度", None),
    ]
    assert ("12.30", "K102.会展平台建设 调整额度", None) in got
    assert len(got) == 10  # every cell placed; the heads naming no kind leave theirs unread


def test_no_total_row_places_nothing():
    assert _placed(PLACED.format(total="小計")) == []


def test_a_total_no_placement_adds_up_to_places_nothing():
    off = PLACED.format(total="合計").replace("| 12.30 | 350.80", "| 12.40 | 350.80")
    assert _placed(off) == []


def test_two_placements_that_add_up_place_nothing():
    text = (
        PLACED.format(total="合計")
        .replace("210.50 | 12.30 | 222.80 | 注1", "10.00 | 注1")
        .replace("40.00 | 40.00", "10.00 | 10.00")
        .replace("88.00 | 88.00", "")
        .replace("338.50 | 12.30 | 350.80", "10.00 | 10.00 | 10.00")
    )
    assert _placed(text) == []  # the lone 10.00 could stand under any of the three heads


def test_no_unit_declared_places_nothing():
    assert _placed(PLACED.format(total="合計").replace(" 單位:萬元", "")) == []
