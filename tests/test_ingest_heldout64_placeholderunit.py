"""A budget template's subject written with its placeholder: X(单位)主要职责是…, X(单位)内设机构
共6个, 2025年X(单位)收入预算… (trial 64's 1312, a town government's 预算公开说明 in Hubei's
template, read unnamed before). The placed name the template fills in, the placeholder dropped;
a pronoun, an unplaced name, one mention, or two different names read nothing. Test material,
fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.placeholderunit import placeholder_unit

NOTE = (
    "2035年青岚区样例镇政府预算公开说明\n目录:\n一、单位主要职责\n二、机构设置情况\n"
    "一、单位主要职责:\n青岚区样例镇政府(单位)主要职责是:负责全镇经济社会发展。\n"
    "二、机构设置情况:\n青岚区样例镇政府(单位)内设机构共3个,分别是:党政办公室、经济发展办公室、"
    "社会事务办公室青岚区样例镇政府(单位)实有人数30人。\n"
    "三、预算收支及增减变化情况:\n1.预算收入情况:2035年青岚区样例镇政府(单位)收入预算"
    "123.45万元。\n2.预算支出情况:2035年青岚区样例镇政府(单位)支出预算123.45万元,其中,"
    "基本支出100.00万元,项目支出23.45万元。\n"
)


def test_the_filled_placeholder_names_its_unit():
    assert document(NOTE).unit == "青岚区样例镇政府"


def test_near_misses_name_none():
    once = "。青岚区样例镇政府(单位)主要职责是:负责全镇工作。"
    assert placeholder_unit(once) is None  # one mention
    pronoun = "。本单位(单位)主要职责是:…。本单位(单位)内设机构共3个。"
    assert placeholder_unit(pronoun) is None
    unplaced = "。样例镇政府(单位)主要职责是:…。样例镇政府(单位)内设机构共3个。"
    assert placeholder_unit(unplaced) is None  # no place before the name
    two = "。青岚区样例镇政府(单位)主要职责是:…。青岚区某某镇政府(单位)内设机构共3个。"
    assert placeholder_unit(two) is None  # two different names
