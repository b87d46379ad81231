"""A news roundup of a whole level's publishing names no one body its unit (trial 60's 1162, a news item
in traditional characters on 北京141个市级部门 publishing their 2015 决算: the level's 三公 total, then
北京市公安局's, 北京市环境保护局's and 北京市教育委员会's own; read 北京市环境保护局 before, now unnamed).
Pattern: a lead on a count of bodies publishing together (N个市级部门…晒出/公开, in the item's first
lines), then two or more bodies each with its own 三公 sum stated (X的“三公”经费…决算数为N万元)
(``document.sidebyside``). Not one body's sum alone under such a lead, not two bodies' sums with no
count leading, not a count named later than the lead. Test material, fictional."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.ingest.document.sidebyside import side_by_side
from govkg.ingest.text.simplified import simplified

LEAD = (
    "青岚社样例市8月20日电 除涉密部门外,样例市86个市级部门于20日集中“晒出”2035年度决算信息。"
    "2035年样例市市级党政机关“三公”经费财政拨款决算5432.1万元,比年初预算下降12.3%。\n"
)
FIRST = "其中,样例市某某局的“三公”经费财政拨款决算数为953.81万元,相比预算数减少约41万元;"
SECOND = "样例市某某委员会今年“三公”经费财政拨款决算数为636.73万元,相比预算数减少约29万元。\n"


def test_a_counted_lead_then_two_bodies_sums_is_a_roundup():
    assert side_by_side(LEAD + FIRST + SECOND)


def test_the_roundup_is_read_unnamed():
    read = document(LEAD + FIRST + SECOND)
    assert read.unit_named is False
    assert read.year == 2035


def test_readings_between_the_characters_are_read_through():
    glossed = SECOND.replace("经费", "經(jīng)費").replace("样例市某某委员会", "樣例市某某委員會")
    assert side_by_side(simplified(LEAD + FIRST + glossed))  # as the chain reads it


@pytest.mark.parametrize(
    "text",
    [
        # one body's own sum under the counted lead
        LEAD + FIRST + "\n",
        # two bodies' sums, no count leading the item
        LEAD.replace("86个市级部门", "各部门") + FIRST + SECOND,
        # the count said only past the item's lead
        "样例市某某局的“三公”经费财政拨款决算数为953.81万元。" + "其他情况。" * 80 + LEAD + SECOND,
    ],
)
def test_one_body_no_count_or_a_late_count_is_no_roundup(text):
    assert not side_by_side(text)
