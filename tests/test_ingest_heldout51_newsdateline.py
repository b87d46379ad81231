"""A news lead's dateline never runs into the unit's name (trial 51's 820: 中新網7月17日電
中國科學院2014年度部門決算今天公布 read 中新網7月17日電中國科學院, now 中國科學院; 844, the lead
ending on a comma, stays 国务院办公厅). An agency or a date alone is no unit."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.ingest.document.newsdateline import without_dateline

BODY = (
    "2031年“三公”经费支出159.91万元,较2031年预算减少58.19万元,其中:因公出国(境)费"
    "2031年财政拨款支出决算数为79.26万元。\n"
)


@pytest.mark.parametrize(
    "lead",
    [
        "中新网7月17日电 ",
        "新华社北京7月17日电(记者 某某) ",
        "本报讯 ",
        "样例网3月2日讯",
    ],
)
def test_a_lead_before_the_unit_is_cut_off(lead):
    note = document(f"{lead}中国样例院2031年度部门决算今天公布,数据显示,{BODY}")
    assert note.unit == "中国样例院"
    assert note.year == 2031


def test_a_lead_ending_on_a_comma_keeps_the_unit():
    note = document(f"中新网7月18日电 据样例政府网消息,样例市某某局2031年度部门决算。{BODY}")
    assert note.unit == "样例市某某局"


def test_a_lead_alone_names_no_unit():
    assert without_dateline("中新网7月17日电") == ""
    assert without_dateline("据样例网消息,") == ""


@pytest.mark.parametrize("words", ["样例市某某局", "样例县7月工作组", "中国样例院"])
def test_words_with_no_lead_stay_as_they_are(words):
    assert without_dateline(words) == words
