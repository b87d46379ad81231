"""Funds said to be put in (投入) a work, with no word of the act done, are its budget (trial 50's
789; the corpus's 379 and 692). An actual, planned or per-unit 投入, or one naming no funds,
keeps its reading. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = "样例市民政局2031年度中央财政福彩公益金转移支付绩效自评报告\n二、绩效情况分析\n"


def written(body: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(HEAD + body, "fictional.txt").money]


def test_funds_put_in_are_the_budget():
    body = (
        "(一)资金投入情况分析。\n2031年我市共投入中央福彩公益金300万元,用于我市社会福利事业发展。\n"
    )
    assert written(body) == [("300万元", "BUDGET")]


def test_funds_named_before_the_verb_too():
    body = "从项目启动起,学校自筹资金投入80万元,用于实验楼建设。\n"
    assert written(body) == [("80万元", "BUDGET")]


def test_an_actual_planned_or_per_unit_input_is_not_this():
    assert written("项目实际投入资金80万元。\n") != [("80万元", "BUDGET")]
    assert written("项目预计投入资金80万元。\n") == [("80万元", "PLANNED")]
    assert written("亩均投入财政资金1500元。\n") != [("1500元", "BUDGET")]


def test_an_input_naming_no_funds_keeps_its_reading():
    assert written("2031年12月,市财政投入80万元。\n") != [("80万元", "BUDGET")]
