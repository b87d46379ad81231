"""Trial 59's 1148 and 1156, budget notes a site lists under a short title alone on its line,
X2020年预算公开 / X2022年单位预算公开 (``document.listingtitle``): the report's title, its unit
the note's. Passed over before for a later heading: 1148's template leftover 甘肃省财政厅2020年
部门预算公开说明 (read 甘肃省财政厅), 1156's part heading 第二部分 自治区拉浪林场2022年部门预算
说明 (no unit; the page's 来源 read). A heading below naming the same unit in full is the title
(the corpus's 1064); one naming another unit is not; the words in a sentence are no title."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.listingtitle import is_listing, writes_in_full

BODY = (
    "\n一、部门职责\n样例局为正科级事业单位,负责全县样例工作。\n"
    "二、部门收支总体情况\n2035年收入预算120.5万元,支出预算120.5万元。\n"
)


def test_the_listing_title_names_the_unit_above_a_leftover_heading():
    text = "青岚县样例馆2035年预算公开\n\n时间:2035-06-10\n\n某某省财政厅2035年部门预算公开说明\n"
    doc = document(text + BODY)
    assert doc.unit == "青岚县样例馆"
    assert doc.year == 2035


def test_a_unit_budget_listing_with_its_second_name():
    text = "青岚市样例林场(青岚市某某服务中心)2035年单位预算公开\n\n来源:青岚市样例厅\n"
    doc = document(text + "第二部分  样例林场2035年部门预算说明\n" + BODY)
    assert doc.unit == "青岚市样例林场(青岚市某某服务中心)"


def test_the_heading_below_writing_the_name_in_full_is_the_title():
    text = "2035年青岚市政府幼儿园部门预算公开\n\n2035年青岚市政府机关幼儿园部门预算\n\n公开说明\n"
    assert document(text + BODY).unit == "青岚市政府机关幼儿园"


def test_a_listing_is_only_a_bare_预算公开_and_a_fuller_name_the_same_unit():
    assert is_listing("青岚县样例馆2035年预算公开")
    assert is_listing("青岚县样例馆2035年单位预算公 开 ")
    assert not is_listing("青岚县样例馆2035年部门预算公开说明")
    assert not is_listing("青岚县样例馆2035年部门预算公开表")
    assert writes_in_full("青岚市政府幼儿园", "青岚市政府机关幼儿园")
    assert not writes_in_full("青岚县样例馆", "某某省财政厅")
    assert not writes_in_full("青岚县样例馆", "青岚县样例馆")
    assert not writes_in_full("青岚县样例馆", "青岚县样例馆办公室")


def test_预算公开_inside_a_sentence_is_no_title():
    text = "青岚县样例馆2035年部门决算情况说明\n按照要求,现将样例局2035年预算公开。\n"
    assert document(text + BODY).unit == "青岚县样例馆"
