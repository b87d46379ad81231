"""Thirty-fourth trial (441): a self-evaluation cut to its body, opening on a scoring
scheme's headings with their points (一、投入(14分), (一)项目立项(8分):) and giving itself its
points (自评得2分), is a report of the family (``scoredheadings``). Held on fictional text,
with the near misses that must stay refused."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.core.errors import IngestError
from govkg.ingest.document.scoredheadings import scores_itself

SCORED = (
    "1. 产出(40分)\n"
    "(1) 完成数量(20分)\n"
    "全年完成村级道路硬化12公里,达到年度计划。自评得分为18分。\n"
    "(2) 资金落实(10分):\n"
    "本年度到位省级奖补资金64.2万元,已全部用于道路硬化,自评得10分。\n"
)


def test_a_body_under_scored_headings_that_scores_itself_is_read():
    assert scores_itself(SCORED)
    doc = document(SCORED)
    assert doc.unit_named is False  # never guessed


def test_rules_printing_the_headings_with_their_points_are_refused():
    rules = (
        "样例县道路项目绩效评价评分办法\n"
        "一、产出(40分)\n(一)完成数量(20分)\n按完成比例计分。\n(二)资金管理(10分)\n"
        "补助资金64.2万元以上的项目,按资金到位率计分。\n"
    )
    assert not scores_itself(rules)
    with pytest.raises(IngestError):
        document(rules)


def test_one_scored_heading_is_no_sign():
    text = (
        "样例镇召开道路建设推进会\n"
        "一、工作进展(10分)\n会上通报:镇里安排资金64.2万元,群众评议自评得10分。\n"
    )
    assert not scores_itself(text)
    with pytest.raises(IngestError):
        document(text)


def test_points_inside_a_sentence_are_no_heading():
    text = (
        "一、各村按要求完成道路硬化任务的得10分(10分)。\n"
        "二、资金按时拨付的得5分(5分)。\n镇里安排资金64.2万元,自评得15分的村予以表扬。\n"
    )
    assert not scores_itself(text)
