"""A title's head noun comes last: "…2023年部门决算中项目绩效评价报告" is a project report
filed with the accounts (the corpus's 212), not the accounts; the first title line decides,
and a genre's words on a later line change nothing. Fictional texts."""

from __future__ import annotations

from govkg.ingest.extract import extract

BODY = (
    "一、项目基本情况\n"
    "青岚市某某局2023年样例项目预算资金12.5万元,实际支出12.5万元,预算执行率100%。\n"
)


def _genre(title: str) -> str | None:
    return extract(title + "\n" + BODY, "fictional.txt").document.genre


def test_a_project_report_within_the_accounts_is_a_project_report():
    assert _genre("青岚市某某局2023年部门决算中项目绩效评价报告") == "项目支出绩效自评报告"


def test_the_accounts_alone_stay_the_accounts():
    assert _genre("青岚市某某局2023年部门决算") == "部门决算"
    assert _genre("青岚市某某局2023年部门决算公开说明") == "部门决算"


def test_a_genre_named_on_a_later_line_changes_nothing():
    title = "青岚市某某局2023年部门决算公开说明\n附件:项目支出绩效自评报告"
    assert _genre(title) == "部门决算"
