"""Forty-second trial: which unit and year a report is of, where a site's column tag leads
the title (``titleunit``), a 决算's profile tells the unit's move (``foundedyear``) and
names the unit first (``accountsbody``), and a bureau publishes the report of a 中心 that
speaks as 我中心 (``ownvoice``). Held on fictional text, each with the near misses that keep
today's reading."""

from __future__ import annotations

from govkg.ingest.document.accountsbody import accounts_body_unit
from govkg.ingest.document.foundedyear import dates_a_founding
from govkg.ingest.document.ownvoice import voiced_unit
from govkg.ingest.document.report import read_document
from govkg.ingest.document.titleunit import clean_title_unit
from govkg.ingest.document.years import stated_year
from govkg.ingest.text.textview import clean_view

ACCOUNTS = (
    "(一)上年结转和结余\n上年结转和结余12.5万元。\n(二)本年收入\n"
    "本年收入合计300万元,基本支出200万元,项目支出100万元。\n"
)


def _read(text: str):
    return read_document(clean_view(text), "x.txt")


def _year(text: str) -> int | None:
    found = stated_year(text)
    return int(found["year"]) if found else None


def test_a_column_tag_before_the_title_is_no_part_of_the_name():
    text = "信息公开\n【部门决算】青岚县某某纪念馆2031年度部门决算\n第一部分 单位概况\n" + ACCOUNTS
    assert _read(text).unit == "青岚县某某纪念馆"
    assert clean_title_unit("【预算公开】样例市某某中心") == "样例市某某中心"


def test_brackets_that_are_no_column_tag_still_read_no_name():
    assert clean_title_unit("样例编办【2031】3号某某中心") == ""
    assert clean_title_unit("某某【中心】") == ""


def test_the_year_a_unit_moved_is_history_not_the_report_s():
    text = (
        "一、单位基本情况\n某某陵园2019年迁入位于青岚新区的新址,占地80亩。\n"
        "二、2031年部门决算情况\n" + ACCOUNTS
    )
    assert _year(text) == 2031
    head = "本站2020年整体搬迁至新办公楼。"
    start = head.index("2020")
    assert dates_a_founding(head, start, start + 5)


def test_a_year_s_own_relocation_work_stays_that_year_s():
    assert _year("2031年搬迁工作完成,支出搬迁补偿款50万元。\n") == 2031
    assert _year("2031年完成搬迁,支出50万元。\n") == 2031


def test_the_unit_a_profile_opens_on_is_the_reporter():
    text = "一、 部门概况\n青岚市某某纪念馆始建于1958年,是全市爱国主义教育基地。\n" + ACCOUNTS
    found = accounts_body_unit(text)
    assert found is not None
    assert found[0] == "青岚市某某纪念馆"


def test_a_profile_that_opens_on_another_verb_or_no_place_names_none():
    assert (
        accounts_body_unit("一、单位基本情况\n青岚市某某纪念馆位于城区东部。\n" + ACCOUNTS) is None
    )
    assert accounts_body_unit("一、单位基本情况\n某某纪念馆建于1958年。\n" + ACCOUNTS) is None
    assert accounts_body_unit("单位基本情况:\n青岚市某某纪念馆建于1958年。\n") is None


def test_a_bureau_s_page_for_a_centre_that_speaks_as_itself():
    text = (
        "发布机构 | 青岚县卫生健康局 |\n一、项目基本情况\n"
        "2031年青岚县某某急救中心争取资金30万元。\n我中心成立自评小组,支付资金30万元。\n"
    )
    assert voiced_unit(text, "青岚县卫生健康局") == (
        "青岚县某某急救中心",
        (text.index("青岚县某某急救"), text.index("争取")),
    )
    assert _read(text + "三、存在的问题\n无。\n").unit == "青岚县某某急救中心"


def test_the_publisher_stands_where_the_voice_is_its_own_or_the_name_is_not_written():
    own = "发布机构 | 青岚县某某中心 |\n我中心支付资金30万元。\n青岚县某某中心负责实施。\n"
    assert voiced_unit(own, "青岚县某某中心") is None
    unnamed = "发布机构 | 青岚县卫生健康局 |\n我中心支付资金30万元。\n"
    assert voiced_unit(unnamed, "青岚县卫生健康局") is None
    two = "我中心支付资金30万元。青岚县某某急救中心与青岚县某某血液中心共同实施。\n"
    assert voiced_unit(two, "青岚县卫生健康局") is None
    bureau = "我局支付资金30万元。青岚县某某服务中心负责实施。\n"
    assert voiced_unit(bureau, "青岚县民政局") is None
