"""The unit rules corpus round 18 asked for, each held on fictional text with a case it must
not fire on: a body's sentence names its unit through a mirror's readings (readingnames).
"""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.readingfield import closed_up
from govkg.ingest.readingnames import name_through_readings
from govkg.ingest.report import UNNAMED

# -- readings: a body's sentence that names its unit through a mirror's readings --------------

READ_THROUGH = (
    "一、“三公”經(jīng)費(fèi)財(cái)政撥款支出決算總體情況說明\n"
    "樣例市某某環(huán)境局2019年度“三公”經(jīng)費(fèi)財(cái)政撥款支出決算為17.06萬元,"
    "完成預(yù)算27萬元的63.2%。其中:公務(wù)接待費(fèi)支出決算為1.76萬元。\n"
)


def test_a_three_public_sentence_names_its_unit_through_readings():
    doc = document(READ_THROUGH)
    assert doc.unit == "樣例市某某環(huán)境局"  # as written, readings and all
    assert doc.unit_named


def test_the_same_sentence_without_a_place_names_no_unit():
    text = READ_THROUGH.replace("樣例市某某環(huán)境局", "某某環(huán)境局")
    assert document(text).unit == UNNAMED


def test_a_sentence_that_hands_money_out_names_no_unit_through_readings():
    text = READ_THROUGH.replace("完成預(yù)算", "下達(dá)各鄉(xiāng)鎮(zhèn)預(yù)算")
    assert document(text).unit == UNNAMED


def test_names_are_read_through_readings_only_where_there_are_readings():
    assert closed_up("样例市某某局2019年度") is None
    assert name_through_readings(lambda closed: ("x", (0, 1)), "样例市某某局") is None
    closed, kept = closed_up("样例市某某环      境局")
    assert closed == "样例市某某环境局"
    assert kept[6] == 12
    found = name_through_readings(lambda c: ("样例市某某环境局", (0, 8)), "样例市某某环      境局")
    assert found == ("样例市某某环境局", (0, 14))
