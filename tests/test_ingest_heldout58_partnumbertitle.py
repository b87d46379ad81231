"""A part heading of the Shanghai 决算 template that names its unit before the year (第三部分
X(Y)2017年度决算情况说明): the part's number is no part of the name, and the name, with the
second name a library carries in brackets, is the unit (trial 58's 1116, 上海市青浦区图书馆
(上海市青浦区青杏科技图书馆), read unnamed: a part heading was read as no name at all). A part
heading naming no unit (第三部分 2017年度部门决算情况说明) or words ending on no organisation
word name none. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

CONTENTS = (
    "第一部分青岚区图书馆(青岚区某某科技图书馆)概况\n"
    "一、主要职能\n"
    "二、机构设置\n"
    "第二部分青岚区图书馆(青岚区某某科技图书馆)2035年度决算表\n"
    "一、收入支出决算总表\n"
)
BODY = (
    "第四部分名词解释\n"
    "一、主要职能\n"
    "图书资料借阅;文献数字化处理。\n"
    "收入支出决算总表\n"
    "一、财政拨款收入 2539.84 (单位:万元)\n"
    "基本支出2000.00万元,项目支出539.84万元。\n"
)


def test_the_unit_a_part_heading_names_is_read():
    text = CONTENTS + "第三部分青岚区图书馆(青岚区某某科技图书馆)2035年度决算情况说明\n" + BODY
    document = extract(text, "fictional.txt").document
    assert document.unit == "青岚区图书馆(青岚区某某科技图书馆)"
    assert document.year == 2035


def test_a_bureau_named_by_its_part_heading_is_read():
    text = "第三部分 青岚区某某局2035年度部门决算情况说明\n" + BODY
    assert extract(text, "fictional.txt").document.unit == "青岚区某某局"


def test_a_part_heading_naming_no_unit_names_none():
    text = "第三部分 2035年度部门决算情况说明\n" + BODY
    assert not extract(text, "fictional.txt").document.unit_named


def test_words_ending_on_no_organisation_word_name_none():
    text = "第三部分青岚区文化工作2035年度决算情况说明\n" + BODY
    assert not extract(text, "fictional.txt").document.unit_named
