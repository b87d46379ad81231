"""A people's body introducing itself by its bare name names its unit (trial 62's 1255, 一、科协
主要职能 … 二、人员情况 科协是事业正科级单位。…, no county written: unnamed before). Pattern: at a
sentence's start, one of the bodies a county has one of by its usual name (科协, 政协, 文联, 妇联,
总工会…), then 是/为 and what it is (…单位, 机关, 团体, 组织) (``document.barebody``). Not a bare
中心 or 医院, not 人民政协 in general, not a relation (…是本会主管单位). Test material,
fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.barebody import bare_body

NOTE = (
    "一、主要职能 (一)团结和动员全县广大科技工作者。 (二)开展学术交流活动。 二、人员情况 "
    "{sentence}编制数是8人。 三、2035年预算收支情况 2035年财政拨款预算收入960800元,"
    "预算支出:在职人员工资387176元,商品和服务143800元。\n"
)


def test_a_bare_people_s_body_introducing_itself_is_the_unit():
    assert document(NOTE.format(sentence="文联是事业正科级单位。")).unit == "文联"
    assert bare_body("二、人员情况\n总工会为群团组织。")[0] == "总工会"


def test_a_generic_word_the_body_in_general_or_a_relation_names_none():
    assert bare_body("二、人员情况 中心是事业正科级单位。") is None
    assert bare_body("人民政协是统一战线组织。") is None
    assert bare_body("二、人员情况 科协是本会主管单位。") is None
    assert document(NOTE.format(sentence="中心是事业正科级单位。")).unit_named is False
