"""Trial 53's 899, by class, on fictional texts: a sum said after its figure to be put into the
budget with 全部 / 已 between (…建设资金450万元全部纳入了财政预算) is the budget
(kinds/saidafter.BUDGET_AFTER); other words between keep it unread. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(text, "fictional.txt").money]


def test_a_sum_said_after_its_figure_to_be_put_wholly_into_the_budget_is_the_budget():
    text = (
        "样例县村级活动场所专项资金绩效评价报告\n\n"
        "(三)财政投入情况\n\n"
        "县财政从2032年开始,分三年将村级活动场所建设资金360万元全部纳入了财政预算。\n"
    )
    assert _kinds(text) == [("360万元", "BUDGET")]
    assert _kinds(text.replace("全部纳入", "已列入")) == [("360万元", "BUDGET")]


def test_a_sum_followed_by_other_words_before_the_budget_stays_unread():
    text = (
        "样例县村级活动场所专项资金绩效评价报告\n\n"
        "(三)财政投入情况\n\n"
        "县财政从2032年开始,分三年将村级活动场所建设资金360万元,另有资金纳入了财政预算。\n"
    )
    assert _kinds(text) == [("360万元", None)]
