"""Thirtieth trial (385): a 三公 note titled by its area alone, worded 决算情况说明
(样例县2031年“三公”经费决算情况说明), names the area as its other wordings do
(``threepublic.titleplace``); held on fictional text, with the cases that must keep today's
reading."""

from __future__ import annotations

from govkg.ingest.document.report import UNNAMED, read_document
from govkg.ingest.text.textview import clean_view

NOTE = (
    "{title}\n"
    "根据省政府关于推进预算信息公开的工作安排,现将有关情况说明如下:\n"
    "2031年全区“三公”经费决算数为256.4万元,比上年减少12.1万元。其中:公务接待费40.2万元。\n"
)


def _unit(title: str) -> str:
    return read_document(clean_view(NOTE.format(title=title)), "x.txt").unit


def test_an_area_titling_its_three_public_accounts_is_the_unit():
    assert _unit("样例市样例区 2031年度“三公”经费决算公开说明") == "样例市样例区"
    assert _unit("样例自治县2031年三公经费决算情况说明") == "样例自治县"


def test_the_note_s_other_wordings_read_as_before():
    assert _unit("样例市样例区2031年度“三公”经费支出决算说明") == "样例市样例区"
    assert _unit("样例市样例区2032年“三公”经费预算情况说明") == "样例市样例区"
    assert _unit("2031年度样例市样例区“三公”经费决算情况说明") == "样例市样例区"


def test_a_department_or_a_sentence_is_no_area():
    assert _unit("样例区某某局2031年“三公”经费决算情况说明") == "样例区某某局"
    assert _unit("样例区2031年度部门“三公”经费决算情况说明") == UNNAMED
    assert _unit("现就样例区2031年“三公”经费决算情况说明如下") == UNNAMED
