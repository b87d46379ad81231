"""Trial 53: a budget note's unit whose name ends on a word the organisation words lacked
(…大学…分校, …党史研究室), introduced as what another body 主管s, or written with its
organisation word doubled by a slip (…急救中心中心). Held on fictional text, with the near
misses that keep today's reading."""

from __future__ import annotations

from govkg.ingest.document.doubledword import once_written
from govkg.ingest.document.ourunit import our_unit
from govkg.ingest.document.report import read_document
from govkg.ingest.text.textview import clean_view

BRANCH = (
    "标题: | 青岚广播电视大学样例分校2031年度部门预算 | 文号: | |\n"
    "青岚广播电视大学样例分校2031年度部门预算\n"
    "第一部分 概况\n"
    "一、本部门职责\n"
    "提供远程学历教育服务。\n"
    "二、部门预算单位构成\n"
    "本单位无下属单位,部门预算仅包括本单位预算。\n"
    "第二部分 2031年度部门预算报表\n"
    "一般公共预算拨款收入540.56万元,基本支出464.51万元。\n"
)


def test_a_branch_school_s_budget_title_names_it():
    assert read_document(clean_view(BRANCH), "x.txt").unit == "青岚广播电视大学样例分校"


def test_a_university_s_budget_title_names_it():
    text = BRANCH.replace("青岚广播电视大学样例分校", "青岚师范大学")
    assert read_document(clean_view(text), "x.txt").unit == "青岚师范大学"


def test_a_title_naming_no_school_stays_unnamed():
    text = BRANCH.replace("青岚广播电视大学样例分校", "")
    assert read_document(clean_view(text), "x.txt").unit == "（未署名的报告单位）"


OFFICE = (
    "目 录\n"
    "一、部门(单位)主要职责\n"
    "二、机构设置情况\n"
    "一、部门(单位)主要职责\n"
    "中共青岚省委党史研究室是中共青岚省委主管党史业务的工作部门,是从事党史研究的专门机构。\n"
    "二、机构设置情况\n"
    "我室本级内设机构有办公室、研究一处等8个处(室)。\n"
    "三、预算收支及增减变化情况\n"
    "1.预算收入情况:2031年预算收入3156.67万元,比上年增加48.53万元。\n"
    "2.预算支出情况:2031年预算支出3156.67万元,其中基本支出2000万元。\n"
)


def test_a_research_office_introduced_by_what_it_is_names_the_note():
    assert read_document(clean_view(OFFICE), "x.txt").unit == "中共青岚省委党史研究室"


def test_a_supervisor_introduced_as_such_is_not_the_unit():
    text = OFFICE.replace(
        "中共青岚省委党史研究室是中共青岚省委主管党史业务的工作部门",
        "中共青岚省委宣传部为主管部门",
    )
    assert read_document(clean_view(text), "x.txt").unit != "中共青岚省委宣传部"


def test_our_office_is_a_pronoun_not_a_name():
    assert our_unit("我室本级内设机构有办公室、研究一处。") is None
    assert our_unit("年初预算安排我公路建设养护中心项目174万元。") == ("公路建设养护中心", (7, 15))


def test_a_doubled_organisation_word_is_read_once_where_the_text_writes_it_so():
    text = "设立青岚市急救中心(原名青岚市医疗救援中心)。\n青岚市急救中心中心为公益一类事业单位。"
    found = ("青岚市急救中心中心", (text.index("青岚市急救中心中心"), text.index("为公益")))
    assert once_written(text, found) == ("青岚市急救中心", (2, 9))


def test_a_doubled_word_the_text_never_writes_once_stays():
    text = "青岚市急救中心中心为公益一类事业单位。"
    assert once_written(text, ("青岚市急救中心中心", (0, 9))) is None


def test_a_name_and_its_head_s_post_are_no_doubled_name():
    text = "青岚市档案馆馆长…青岚市档案馆为…"
    assert once_written(text, ("青岚市档案馆", (8, 14))) is None
    assert once_written("青岚市急救中心为…", ("青岚市急救中心", (0, 7))) is None


def test_a_doubled_centre_in_a_note_is_read_once():
    text = (
        "一、部门(单位)主要职责\n"
        "根据编委批复,设立青岚市急救中心,为市卫生局管理的全额预算事业单位。\n"
        "二、机构设置情况\n"
        "青岚市急救中心中心为公益一类事业单位,共设5个科室。\n"
        "三、预算收支及增减变化情况\n"
        "1.预算收入情况:2031年本年收入177.08万元,比上年增加7.8万元。\n"
        "2.预算支出情况:2031年本年支出177.08万元,其中基本支出100万元。\n"
    )
    assert read_document(clean_view(text), "x.txt").unit == "青岚市急救中心"
