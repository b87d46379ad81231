"""A line's budget stated with its verb (项目支出年初预算安排…, 决算数…) names the line it is
of, so a report that states 项目支出 in its totals and again in its execution sentence drafts
one line with its budget, not a second line "项目支出安排" of the same figure (thirtieth trial's
376, whose parts then added up to more than their total). On fictional text."""

from __future__ import annotations

from decimal import Decimal

from fictional_text import extract

TEXT = (
    "青岚市某某协会2031年度部门整体支出绩效自评报告\n"
    "本年支出合计800万元。其中,基本支出300万元,项目支出500万元。\n"
    "2031年度项目支出年初预算安排450万元,全年预算数520万元,决算数500万元,执行率96.15%。\n"
)


def test_a_budget_stated_with_its_verb_names_the_line_it_is_of():
    lines = [line for line in extract(TEXT, "f.txt").lines if line.name.startswith("项目支出")]
    assert [line.name for line in lines] == ["项目支出"]
    assert lines[0].amount == Decimal("5000000")
    assert lines[0].budget == Decimal("5200000")  # the latest budget the sentence states

