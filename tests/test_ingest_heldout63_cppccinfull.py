"""A title's place-and-政协 name written in full by the body: 吕梁市政协2018年部门预算说明 over
中国人民政治协商会议吕梁市委员会于2004年成立 (trial 63's 1277, read 吕梁市政协; the corpus writes
the official name wherever the text gives it: 266, 99). The committee's office (…委员会办公厅),
another place's committee, or a title naming more than the place and 政协 read nothing.
Test material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.cppccinfull import cppcc_in_full

NOTE = (
    "青岚市政协2035年部门预算说明\n一、部门概括\n(一)部门主要职责\n"
    "中国人民政治协商会议青岚市委员会于2004年成立,下设一厅一室六委。\n"
    "二、收支预算情况\n2035年部门预算总收入1,234.56万元,总支出1,234.56万元,其中基本支出"
    "1,000.00万元,项目支出234.56万元。\n"
)


def test_the_committee_is_named_in_full():
    assert document(NOTE).unit == "中国人民政治协商会议青岚市委员会"


def test_a_province_before_the_place_and_the_short_prefix():
    head = "一、概况\n中国人民政治协商会议样例省青岚市委员会是…的组织。"
    assert cppcc_in_full(head, "青岚市政协")[0] == "中国人民政治协商会议样例省青岚市委员会"
    assert cppcc_in_full("。政协青岚市委员会是…", "青岚市政协")[0] == "政协青岚市委员会"


def test_near_misses_read_nothing():
    office = "\n中国人民政治协商会议青岚市委员会办公厅是市政协的办事机构。"
    assert cppcc_in_full(office, "青岚市政协") is None  # its office, another unit
    assert cppcc_in_full("\n中国人民政治协商会议翠屏市委员会成立于…", "青岚市政协") is None
    assert cppcc_in_full("\n中国人民政治协商会议青岚市委员会…", "青岚市政协办公室") is None
    assert cppcc_in_full("\n中国人民政治协商会议青岚市委员会…", "政协") is None
