"""The unit an organisation section introduces as established is the reporting unit (trial
48's 755: 部门机构设置、职责 / X是依据…的函成立的…事业单位, under a first line the family's
titles do not read). Near misses keep today's reading: the body that approved it, a name met
later in the section, an unplaced name, a sentence that founds nothing. Test material,
fictional."""

from __future__ import annotations

from govkg.ingest.document.establishedsubject import established_subject

HEADING = "一、部门基本情况\n(一)部门机构设置、职责\n"


def test_a_placed_unit_said_established_under_its_organisation_heading_is_read():
    found = established_subject(
        HEADING + "青岚市民俗博物馆系经市编办批准设立的公益一类事业单位,内设5个科室。\n"
    )
    assert found is not None
    assert found[0] == "青岚市民俗博物馆"


def test_a_national_body_is_read():
    found = established_subject(
        "(一)机构设置\n国家某某艺术中心是依据有关批复组建的正局级事业单位。\n"
    )
    assert found is not None
    assert found[0] == "国家某某艺术中心"


def test_near_misses_read_none():
    # an unplaced name
    assert established_subject(HEADING + "某某剧院是依据批复成立的事业单位。\n") is None
    # the approving body, met later in the sentence, never the subject
    assert (
        established_subject(HEADING + "本馆是依据青岚市机构编制委员会办公室批复成立的事业单位。\n")
        is None
    )
    # no heading of the unit's organisation right above
    assert established_subject("二、收入情况\n青岚市民俗博物馆是依据批复成立的事业单位。\n") is None
    # a sentence that founds nothing
    assert established_subject(HEADING + "青岚市民俗博物馆是全市重要的文化阵地。\n") is None
