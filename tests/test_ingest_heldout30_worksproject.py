"""Thirtieth trial (383): a name in a title followed by the works done on it (…垃圾转运站
提升改造项目) names the project, not a unit (``worksproject``, asked by ``headingunit``);
held on fictional text, with the cases that must keep today's reading."""

from __future__ import annotations

from govkg.ingest.document.report import UNNAMED, read_document
from govkg.ingest.document.worksproject import works_on_name
from govkg.ingest.text.textview import clean_view

PAGE = (
    "{furniture}\n\n{title}\n\n字号:【大 中 小】\n\n一、项目基本情况\n"
    "2031年下达本项目资金120万元,资金到位率100%。\n"
    "二、项目资金执行情况\n资金已全额支付。\n"
)


def _unit(title: str, furniture: str = "发布机构 样例县卫生健康委员会 生成日期 2032-03-01") -> str:
    text = PAGE.format(furniture=furniture, title=title)
    return read_document(clean_view(text), "x.txt").unit


def test_the_works_on_a_name_make_it_the_project_s():
    assert _unit("样例市样例区城东垃圾中转站扩建项目绩效自评报告") == "样例县卫生健康委员会"
    assert _unit("样例县城北加压泵站新建工程绩效自评报告") == "样例县卫生健康委员会"
    # no publisher: unnamed, never the project's object
    assert _unit("样例市样例区城东垃圾中转站扩建项目绩效自评报告", furniture="") == UNNAMED


def test_a_name_followed_by_other_words_keeps_today_s_reading():
    # the hospital's own project on a building of it: the hospital heads the title
    assert _unit("样例县人民医院门诊楼改扩建项目绩效自评报告") == "样例县人民医院"
    assert _unit("样例县某某镇中心卫生院2031年度项目支出绩效自评报告") == "样例县某某镇中心卫生院"
    assert not works_on_name("信息化运维项目绩效自评报告")
    assert not works_on_name("2031年度项目支出绩效自评报告")
    assert works_on_name("提升改造项目绩效自评报告")
