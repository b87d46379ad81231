"""Fifty-third trial: a project report's unit written under or before its title. A byline
right after the title's 报告, its date alone in brackets (…支出绩效评价报告 某县某某大队 (2032
年2月23日), ``bracketbyline``, trial 53's 890); a 项目自评结果 title over two lines headed by a
name relative to its area (市公路局2031年度公路养护类项目 / 自评结果, ``titleresults`` and
``titleunit.holder``, 894), written in full where the body's own statement names it so
(县司法局… / 紫金县司法局对…进行了自评, ``issuer.same_unit``). Held on fictional text, with
the near cases that keep their readings."""

from __future__ import annotations

from govkg.ingest.document.bracketbyline import bracket_byline
from govkg.ingest.document.issuer import same_unit
from govkg.ingest.document.report import UNNAMED, read_document
from govkg.ingest.text.textview import clean_view

BYLINE = (
    "青县某某执法经费项目绩效评价报告.docx\n"
    "青县 2031 年某某执法经费 支出绩效评价报告 青县农业综合行政执法大队 (2032 年 2 月 23 日) "
    "为进一步加强执法能力建设,根据县财政局 2031 年部门预算单位经费安排,特实施本项目。 "
    "一、专项基本情况 (一)项目概况 3、资金安排。某某执法经费共计 4.8 万元。\n"
)


def test_the_byline_after_the_title_names_the_unit():
    assert read_document(clean_view(BYLINE), "x.txt").unit == "青县农业综合行政执法大队"


def test_a_byline_needs_its_date_in_brackets():
    assert bracket_byline("绩效评价报告 青县农业综合行政执法大队 为进一步…") is None
    assert bracket_byline("绩效评价报告 青县农业综合行政执法大队 (2032年2月23日)") == (
        "青县农业综合行政执法大队",
        (7, 19),
    )


RESULTS = (
    "市公路局2031年度公路养护类项目\n"
    "自评结果\n"
    "一、自评结论\n"
    "(一)自评得分\n"
    "2031年度养护类项目预算数为1132万元,执行数为1132万元,预算执行率100%。\n"
)


def test_a_relative_name_heads_a_two_line_results_title():
    document = read_document(clean_view(RESULTS), "x.txt")
    assert document.unit == "市公路局"
    assert document.year == 2031


def test_a_results_title_without_a_holder_stays_unnamed():
    bare = RESULTS.replace("市公路局2031年度", "2031年度", 1)
    assert read_document(clean_view(bare), "x.txt").unit == UNNAMED


def test_the_body_writes_a_relative_title_name_in_full():
    titled = (
        "县司法局2031年度某某顾问经费绩效自评报告\n"
        "根据有关文件精神,青岚县司法局对青岚县某某顾问经费进行了自评,现将情况汇报如下:\n"
        "一、基本情况\n"
        "2031年度青岚县财政划给青岚县司法局某某顾问经费,指标金额是110万元。\n"
    )
    assert read_document(clean_view(titled), "x.txt").unit == "青岚县司法局"
    assert same_unit("青岚县司法局", "县司法局")
    assert not same_unit("青岚县财政局", "县司法局")
