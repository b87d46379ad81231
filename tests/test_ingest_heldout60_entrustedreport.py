"""A government's report read out for it (我受镇人民政府的委托,向大会报告…) names the government, never a
unit from the sentence's words (trial 60's 1186, a town's report under its session line
在常州市武进区湟里镇第四届人民代表大会第九次会议上, since refused as a government's budget: not-report
28; a town's accounts said under such a line stay the family's; and 1189, a district's 2020 财政决算 report with the
issuer line 上海市杨浦区人民政府 under its title: read as 受镇人民政府的委 and 受区人民政府委 before).
Pattern: 我受(level)人民政府(的)委托 is the reporter's voice (``ourunit`` reads no name after 我受); the unit
is the government written in the sentence, else the name alone on a line above it ending on the
level, else the session line's place ending on the level (``document.entrustedreport``). Not a level
alone (在区二届人大常委会), not a line of another level, not a bureau's duty 受县人民政府委托 with no
我. Test material, fictional."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.ingest.document.entrustedreport import entrusting_government
from govkg.ingest.document.ourunit import our_unit

BODY = (
    "一、财政收入完成情况\n2035年,全年一般公共预算收入4110万元,为年初预算的101%。\n"
    "二、财政支出完成情况\n2035年,一般公共预算支出5058万元,比上年增长3%。\n"
)
SESSION = (
    "——2036年1月20日在青岚市样例区白石镇第三届\n人民代表大会第五次会议上\n某某\n各位代表:\n"
    "我受镇人民政府的委托,向大会报告我镇2035年财政决算情况,请予审议。\n"
)
ISSUER_LINE = (  # the page's title with its date (as 1189's), the issuer line under it
    "关于青岚市样例区2035年财政决算的报告 2036-08-01\n\n青岚市样例区人民政府\n\n2036年7月2日\n\n"
    "主任、各位副主任、各位委员:\n\n我受区人民政府委托,向区人大常委会提出本区2035年财政决算报告,"
    "请予审查。\n"
)


def test_the_session_line_names_the_town():
    assert document(SESSION + BODY).unit == "青岚市样例区白石镇"


def test_the_issuer_line_names_the_district_government():
    assert document(ISSUER_LINE + BODY).unit == "青岚市样例区人民政府"


def test_the_sentence_that_writes_the_place_names_its_government():
    text = "各位代表:\n我受样例县人民政府委托,向大会报告全县2035年预算执行情况。\n"
    assert entrusting_government(text)[0] == "样例县人民政府"


def test_the_words_after_wo_shou_are_no_unit():
    assert our_unit("我受镇人民政府的委托,向大会报告") is None
    assert our_unit("我受区人民政府委托,向区人大常委会提出") is None


@pytest.mark.parametrize(
    "text",
    [
        # the level alone in the session line: no place of its own
        "——2036年9月27日在区二届人大常委会第三十次会议上\n我受区人民政府委托,向区人大常委会报告。\n",
        # the line's government is of another level than the one entrusting
        "青岚市人民政府\n我受区人民政府委托,向区人大常委会报告。\n",
        # a session of another level than the one entrusting
        "在青岚市第十届人民代表大会第二次会议上\n我受区人民政府委托,向大会报告。\n",
        # a bureau's duty, not the reporter's voice
        "在青岚市样例县第三届人民代表大会第五次会议上\n2.受县人民政府委托,向县人大常委会报告预算。\n",
        # the area said, not named (本县)
        "我受本县人民政府委托,向大会报告。\n",
    ],
)
def test_no_full_name_of_that_level_or_no_reporter_names_nothing(text):
    assert entrusting_government(text) is None


def test_a_report_with_no_full_name_stays_unnamed():
    text = "各位代表:\n我受镇人民政府的委托,向大会报告我镇2035年预算执行情况,请予审议。\n" + BODY
    read = document(text)
    assert read.unit_named is False


SUBMITTED = (
    "2035年财政决算情况及2036年\n财政预算情况报告(草案)\n青岚市样例区白石镇人民政府\n\n各位代表:\n\n"
    "现将我镇2035年财政决算情况及2036年财政预算(草案)提请镇人大会议审议,并请提出意见。\n"
)


def test_the_governments_own_voice_names_it_by_its_issuer_line():
    assert entrusting_government(SUBMITTED)[0] == "青岚市样例区白石镇人民政府"
    assert document(SUBMITTED + BODY).unit == "青岚市样例区白石镇人民政府"


@pytest.mark.parametrize(
    "text",
    [
        # the issuer line of another level than the one 我 names
        SUBMITTED.replace("现将我镇", "现将我区"),
        # no submission to the congress
        SUBMITTED.replace("提请镇人大会议审议", "公布如下"),
        # a unit's own report: 我局, no level
        SUBMITTED.replace("现将我镇", "现将我局"),
    ],
)
def test_another_level_no_submission_or_a_units_voice_names_nothing(text):
    assert entrusting_government(text) is None
