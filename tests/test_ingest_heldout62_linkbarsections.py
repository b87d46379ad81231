"""A news page on two bodies' 三公 figures, each under its own heading, names no unit though a
bar of related headlines with money stands above the sections (trial 62's 1267, 国家糧食局 /
中央黨校 under [地震局去年公車費4100萬元] [農業部去年公車費用超1.5億]: read 國家糧食局, the first
heading). Pattern: the bracketed link bar is page furniture, no lead of the item's own
(``sidebyside._LINKS``), and the Central Party School (中央党校) is a central organ heading a
section (``centralorgan.CENTRAL``). Not a lead stating money outside brackets, not one body's
sections. Test material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.sidebyside import side_by_side
from govkg.ingest.entities.centralorgan import is_central

ROUNDUP = (
    "- 政策解读\n{bar}\n按照部署,各中央单位应当在6月底前公开“三公”预算。\n国家样例局\n每辆公车运行费5.57万元\n"
    "2035年,国家样例局“三公经费”实际支出604.83万元,其中公务用车费255.56万元。\n中央党校\n"
    "去年公车运行花费328.8万\n去年,中央党校“三公经费”支出572.23万元,其中公车费用328.8万元。\n"
)


def test_a_link_bar_over_two_bodies_sections_is_no_lead():
    text = ROUNDUP.format(bar="[青岚局去年公车费4100万元] [样例部去年公车费用超1.5亿]")
    assert side_by_side(text)
    assert document(text).unit_named is False
    assert is_central("中央党校")
    assert is_central("中共中央党校")


def test_a_lead_stating_money_or_one_body_keeps_the_chain_s_reading():
    assert not side_by_side(ROUNDUP.format(bar="青岚局去年公车费4100万元。"))
    one = ROUNDUP.format(bar="[青岚局去年公车费4100万元]").split("中央党校\n")[0]
    assert not side_by_side(one)
    assert not is_central("样例县党校")
