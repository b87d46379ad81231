"""A flattened self-evaluation form's funds rows: the first figure of each row, under heads that
open on the budget (全年预算数全年执行数执行率), is the budget, whatever source the row names
(trial 50's 785). Heads that open on 执行数, a row naming an act, and prose keep their
readings. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = "2031年样例中心绩效项目支出自评表\n专项(项目)名称样例系统升级\n"


def written(body: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(HEAD + body, "fictional.txt").money]


def test_the_rows_first_figures_are_the_budget():
    body = "项目资金 (万元)全年预算数全年执行数执行率\n年度资金总额30万元\n其中:中央财政补助30万元\n地方资金\n"
    assert written(body) == [("30万元", "BUDGET"), ("30万元", "BUDGET")]


def test_heads_opening_on_what_was_spent_keep_the_readings():
    body = (
        "项目资金 (万元)全年执行数全年预算数执行率\n年度资金总额30万元\n其中:中央财政补助30万元\n"
    )
    assert written(body)[1] == ("30万元", "REVENUE")


def test_a_sentence_between_the_heads_and_the_row_keeps_the_reading():
    body = "项目资金 (万元)全年预算数全年执行数执行率\n说明:本项目于年内完成,资金按进度拨付。\n其中:中央财政补助30万元\n"
    assert written(body) == [("30万元", "REVENUE")]
