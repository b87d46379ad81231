"""The sum a department's budget note gives for its performance goals is the budget they cover
(trial 51's 833: (六)绩效目标情况说明 / 2018年绩效目标2个,金额550万元 other -> BUDGET), said as a
count of goals or of projects with goals and a bare sum after it (``kinds.goalsum``). Outside
a budget note, a sum said spent or without a count, it keeps its reading. Test material,
fictional."""

from __future__ import annotations

from govkg.ingest.document.report import Given
from govkg.ingest.extract import extract
from govkg.ingest.kinds.goalsum import goal_sum_kind

TITLE = "样例市中医院2031年度部门预算公开说明\n"
BODY = (
    "一、样例市中医院概况\n"
    "(一)主要职能\n样例市中医院是一所公立中医医院。\n"
    "二、样例市中医院预算情况说明\n"
    "(一)收入预算情况\n2031年收入预算1400万元。\n"
    "(六)绩效目标情况说明\n"
)


def kinds(text: str) -> dict[str, str | None]:
    given = Given(title="样例市中医院2031年度部门预算公开说明")
    return {m.as_written: m.kind for m in extract(text, "fictional.txt", given).money}


def test_a_budget_notes_goal_sum_is_budgeted():
    got = kinds(TITLE + BODY + "2031年绩效目标2个,金额550万元。\n")
    assert got["550万元"] == "BUDGET"
    got = kinds(TITLE + BODY + "2031年共有3个项目设定了绩效目标,涉及金额120万元。\n")
    assert got["120万元"] == "BUDGET"


def test_outside_a_budget_note_or_without_a_count_the_reading_stays():
    report = "一、项目概况\n2031年绩效目标2个,金额550万元。\n"
    at = report.index("550")
    assert goal_sum_kind(report, at, ",金额", "OTHER") == "OTHER"
    note = TITLE + BODY + "2031年绩效目标明确,金额550万元。\n"
    at = note.index("550")
    assert goal_sum_kind(note, at, ",金额", "OTHER") == "OTHER"
    note = TITLE + BODY + "2030年实际完成绩效目标2个,金额550万元。\n"
    at = note.index("550")
    assert goal_sum_kind(note, at, ",金额", "OTHER") == "OTHER"
