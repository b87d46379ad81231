"""The twenty-ninth trial's units and years (``document``), held on fictional text: a page's
publisher whose name carries its second name in brackets (``publisher``); a page's metadata
written as a list, the label alone on its line and the name on the next (``publisher``).
Each with the cases that must not fire."""

from __future__ import annotations

from govkg.ingest.document.report import UNNAMED, read_document
from govkg.ingest.text.textview import clean_view


def _read(text: str):
    return read_document(clean_view(text), "x.txt")


# -- a publisher's second name in brackets is part of its name (publisher) -------------------

BRACKETED = (
    "索引号 000111/2032-00001 发布机构 {publisher} 发文日期 2032-03-01\n\n"
    "样例市2031年度市级体育彩票公益金项目支出绩效自评报告\n\n"
    "一、项目基本情况\n2031年下达市级体育彩票公益金12.5万元,资金已全部到位。\n"
)


def test_a_publisher_s_second_name_in_brackets_is_kept():
    for publisher in ("样例市体育局(样例市体育总会办公室)", "样例市体育局（市体育中心）"):
        assert _read(BRACKETED.format(publisher=publisher)).unit == publisher


def test_a_bracket_that_is_no_second_name_is_left_out():
    # 本级 names no organisation: the publisher is the bureau alone, as before
    assert _read(BRACKETED.format(publisher="样例市体育局(本级)")).unit == "样例市体育局"
    # a bracket that closes the page's own (来源:…) is not the name's
    text = BRACKETED.replace("索引号 000111/2032-00001 发布机构 {publisher}", "(来源:样例市体育局)")
    assert _read(text).unit == "样例市体育局"


def test_a_bracket_inside_a_name_keeps_the_name_whole():
    publisher = "中共样例县委(县政府)办公室"
    assert _read(BRACKETED.format(publisher=publisher)).unit == publisher


# -- a metadata list: the label alone on its line, the name on the next (publisher) ----------

LISTED = (
    "  • 索引号\n  • 0152-1/2032-01\n  • {label}\n  • {value}\n  • 发布日期\n  • 2032-05-06\n\n"
    "样例县2031年度农村公路养护专项资金绩效自评报告\n\n"
    "一、绩效目标分解下达情况\n共下达样例县农村公路养护专项资金86万元。\n"
)


def test_a_listed_publisher_names_the_unit_a_title_leaves_unnamed():
    text = LISTED.format(label="发布机构", value="样例县交通运输局")
    assert _read(text).unit == "样例县交通运输局"
    plain = text.replace("  • ", "    ")  # a list without bullets, indented
    assert _read(plain).unit == "样例县交通运输局"


def test_a_listed_field_that_is_no_publisher_or_holds_no_name_names_nothing():
    assert _read(LISTED.format(label="公开目录", value="样例县交通运输局")).unit == UNNAMED
    assert _read(LISTED.format(label="发布机构", value="文号")).unit == UNNAMED


def test_a_title_s_unit_wins_over_a_listed_publisher():
    text = LISTED.format(label="发布机构", value="样例县民政局").replace(
        "样例县2031年度", "2031年度样例县社会福利院"
    )
    assert _read(text).unit == "样例县社会福利院"
