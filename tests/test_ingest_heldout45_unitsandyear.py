"""Forty-fifth trial: a reform's year is the unit's history, not the fiscal year
(``reformyear``); a project's name read from a title is no unit (``projectname``); the
department a commissioned evaluation assesses (``commissionedsubject``) and the unit a 决算's
duties section opens on (``dutiessubject``) name the issuer. Held on fictional text, each with
the near misses that keep today's reading."""

from __future__ import annotations

from govkg.ingest.document.commissionedsubject import commissioned_subject
from govkg.ingest.document.dutiessubject import duties_subject
from govkg.ingest.document.projectname import names_a_project
from govkg.ingest.document.reformyear import dates_a_reform
from govkg.ingest.document.report import UNNAMED, read_document
from govkg.ingest.document.years import stated_year
from govkg.ingest.text.textview import clean_view

ACCOUNTS = (
    "一、单位基本情况\n"
    "(一)主要职能。青岚县某某服务中心的主要职责是为全县某某工作提供保障。\n"
    "(二)机构设置。2019年党政机构改革后,中心划归县某某局管理。\n"
    "本单位纳入2032年度决算编制。\n"
    "二、收入支出决算总体情况说明\n2032年度收入总计820.00万元,支出总计820.00万元,"
    "基本支出600.00万元,项目支出220.00万元。\n"
)


def _read(text: str):
    return read_document(clean_view(text), "x.txt")


def test_a_reform_year_is_history_and_the_accounts_year_is_read():
    doc = _read(ACCOUNTS)
    assert doc.year == 2032
    assert doc.unit == "青岚县某某服务中心"


def test_a_reform_is_read_only_right_after_its_year():
    text = "2021年事业单位改革完成。"  # no 机构 / 体制 reformed: not this rule's
    assert not dates_a_reform(text, text.index("年") + 1)
    for text in ("2018年机构改革,", "2019年党政机构改革后", "2016年全县行政管理体制改革"):
        assert dates_a_reform(text, text.index("年") + 1), text


def test_a_years_own_reform_work_or_money_stays_that_years():
    for text in ("2031年机构改革工作经费30万元。", "2031年深化改革,支出50万元。"):
        assert not dates_a_reform(text, text.index("年") + 1), text
        assert stated_year(text)["year"] == "2031"


def test_a_project_name_in_a_title_is_no_unit():
    text = (
        "2033年乡村书屋项目提升绩效评价报告\n我们受青岚市财政局委托,对青岚市某某局"
        "(以下简称“市某某局”)的乡村书屋项目提升进行了绩效评价。一、项目概况\n"
        "2033年安排“乡村书屋项目提升”项目资金120.00万元。\n"
    )
    doc = _read(text)
    assert doc.unit == "青岚市某某局"
    assert doc.year == 2033


def test_a_quoted_project_name_without_project_in_it_is_none():
    head = "2033年安排“书香校园建设”项目资金50万元。"
    assert names_a_project(head, "书香校园建设")
    assert not names_a_project("书香校园建设工作有序推进。", "书香校园建设")


def test_an_organisation_name_holding_project_stays_a_unit():
    for name in ("样例县重点项目管理中心", "青岚市项目办", "样例县项目建设指挥部"):
        assert not names_a_project("", name), name


def test_a_commissioned_subject_needs_the_commission_and_a_placed_name():
    text = "我所接受样例县财政局委托,对样例县某某局的某某补助资金开展了绩效评价。"
    assert commissioned_subject(text)[0] == "样例县某某局"
    # its own evaluation, no commission: not this rule's
    assert commissioned_subject("样例县某某局对本局的某某补助资金开展了绩效评价。") is None
    # an unplaced or pronoun name is not taken
    assert commissioned_subject("我们受委托人委托,对该局的某某资金进行绩效评价。") is None


def test_a_duties_subject_only_right_under_its_heading():
    assert duties_subject("一、部门职责\n样例市某某研究所的宗旨为开展研究。")[0] == (
        "样例市某某研究所"
    )
    # a superior named later in the section is not taken
    later = "(一)职能职责。负责全市某某工作。隶属于样例市某某局,样例市某某局的职责为监管。"
    assert duties_subject(later) is None
    # an unplaced name is not taken
    assert duties_subject("(一)职能职责。某某中心的宗旨为服务。") is None


def test_an_accounts_excerpt_without_a_duties_subject_stays_unnamed():
    text = ACCOUNTS.replace("青岚县某某服务中心的主要职责是", "本单位负责")
    doc = _read(text)
    assert doc.unit == UNNAMED
    assert doc.year == 2032
