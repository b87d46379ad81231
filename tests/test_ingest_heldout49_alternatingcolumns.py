"""A self-evaluation form's funds block flattened into one line, each source's cells
alternating between the year's allocation and what was used (trial 49's 764:
资金情况(万元)年度金额(提前下达):208万元资金使用情况(万元)合计:109.8万元中央财政165万元中央财政
84.5万元省级财政43万元省级财政25.3万元), is read by its columns only where both columns' sums
prove it (``tables.alternatingcolumns``); sums that fail, or sources not named twice in a row,
leave the amounts to their words. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = "2031年度样例专项资金绩效自评表\n专项名称样例专项资金省级主管部门样例省财政厅"
GOAL = "年度总体目标目标1:支持样例事业发展。\n"


def read(block: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(HEAD + block + GOAL, "fictional.txt").money]


def rules(block: str) -> set[str]:
    return {m.rule for m in extract(HEAD + block + GOAL, "fictional.txt").money}


def test_cells_proven_by_both_sums_are_read_by_their_columns():
    got = read(
        "资金情况(万元)年度金额(提前下达):320万元资金使用情况(万元)合计:250.5万元"
        "中央财政200万元中央财政180.5万元省级财政90万元省级财政50万元市级财政30万元市级财政20万元"
    )
    assert got == [
        ("320万元", "BUDGET"),
        ("250.5万元", "SPENDING"),
        ("200万元", "BUDGET"),
        ("180.5万元", "SPENDING"),
        ("90万元", "BUDGET"),
        ("50万元", "SPENDING"),
        ("30万元", "BUDGET"),
        ("20万元", "SPENDING"),
    ]


def test_sums_that_fail_leave_the_cells_to_their_words():
    block = (
        "资金情况(万元)年度金额(提前下达):320万元资金使用情况(万元)合计:250.5万元"
        "中央财政200万元中央财政180.5万元省级财政95万元省级财政50万元"
    )
    assert "alternating-columns" not in rules(block)
    assert dict(read(block))["95万元"] is None


def test_sources_not_named_twice_are_no_such_rows():
    block = (
        "资金情况(万元)年度金额(提前下达):290万元资金使用情况(万元)合计:140万元"
        "中央财政200万元省级财政90万元中央财政100万元省级财政40万元"
    )
    assert "alternating-columns" not in rules(block)
