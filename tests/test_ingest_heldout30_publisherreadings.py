"""Thirtieth trial (384): a page's publisher field read through a mirror's readings
(發(fā)布機(jī)構(gòu) | 样例市農(nóng)業(yè)農(nóng)村局 |: ``publisherreadings``); held on fictional text, with
the cases that must keep today's reading."""

from __future__ import annotations

from govkg.ingest.document.report import UNNAMED, read_document
from govkg.ingest.text.textview import clean_view

FORM = (
    "{furniture}\n"
    "2031年度專(zhuān)項(xiàng)資(zī)金績(jì)效目標(biāo)自評(píng)表\n"
    "資(zī)金投入情況(萬(wàn)元) | 全年預(yù)算數(shù) | 全年執(zhí)行數(shù) |\n"
    "年度資(zī)金總額 | 120 | 110 |\n"
)


def _unit(furniture: str) -> str:
    return read_document(clean_view(FORM.format(furniture=furniture)), "x.txt").unit


def test_a_publisher_field_with_readings_names_the_unit_as_written():
    written = "样例縣交(jiāo)通運(yùn)輸局"
    assert _unit(f"發(fā)文單(dān)位: {written} 發(fā)文日期: 2032-04-01") == written
    written = "样例市農(nóng)業(yè)農(nóng)村局"
    assert _unit(f"索引號(hào) | 0001/2032-01 |\n信息來(lái)源 | {written} | 主題(tí) | 三農(nóng) |") == written


def test_readings_with_no_publisher_field_or_a_place_alone_name_nothing():
    assert _unit("主題(tí)分類(lèi) | 三農(nóng) | 發(fā)文日期 | 2032-04-01 |") == UNNAMED
    assert _unit("發(fā)布機(jī)構(gòu) | 样例縣 | 發(fā)文日期 | 2032-04-01 |") == UNNAMED


def test_a_field_without_readings_is_read_as_before():
    assert _unit("发布机构 | 样例县交通运输局 | 发文日期 | 2032-04-01 |") == "样例县交通运输局"
