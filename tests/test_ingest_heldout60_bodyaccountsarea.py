"""An area's 财政总决算 notes with their title lost name the area their accounts' first sentence opens
on (trial 60's 1182, a Fujian district's 2022 notes in traditional characters, the corpus's 372
template: …将2022年区本级财政总决算相关重要事项说明如下: / 2022年度蕉城区本级一般公共预算支出数为459989万元;
unnamed before, now 蕉城區). Pattern: the opening explains an area's 财政总决算 (政府预决算) 相关重要
事项, and a line opens on the year, the place alone (本级 after it) and its 一般公共预算收入/支出 with
its figure (``document.areaaccounts.accounts_area_in_body``). Not without the notes' sentence, not
a department, not 全区. Test material, fictional."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.ingest.document.areaaccounts import accounts_area_in_body

OPENING = (
    "根据财政决算公开原则和职责分工,样例区财政局负责区本级财政决算的公开工作。现将2035年区本级"
    "财政总决算相关重要事项说明如下:\n一、区本级支出决算说明\n"
)
FIRST = "2035年度样例区本级一般公共预算支出数为45998万元,占调整预算数105.8%,增支4299万元。\n"
ITEMS = "(一)一般公共服务支出4863万元,较上年减支527万元。\n1.人大事务108万元,较上年增支20万元。\n"


def test_the_accounts_first_sentence_names_the_area():
    text = OPENING + FIRST + ITEMS
    start = len(OPENING) + len("2035年度")
    assert accounts_area_in_body(text) == ("样例区", (start, start + 3))


def test_the_notes_are_read_with_the_area_as_their_unit():
    assert document(OPENING + FIRST + ITEMS).unit == "样例区"


@pytest.mark.parametrize(
    "text",
    [
        # no notes' sentence on the area's accounts
        "现将有关情况说明如下:\n" + FIRST + ITEMS,
        # a department at the sentence's start
        OPENING + FIRST.replace("样例区本级", "样例区某某局") + ITEMS,
        # the area said, not named
        OPENING + FIRST.replace("样例区本级", "全区") + ITEMS,
    ],
)
def test_no_notes_a_department_or_the_area_said_names_nothing(text):
    assert accounts_area_in_body(text) is None
