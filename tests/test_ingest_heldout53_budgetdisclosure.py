"""Fifty-third trial: a department's budget disclosed as 部门预算公开表 / 部门预算公开说明 is a
budget note titled by its unit (trial 53's 904: the page's title 益阳市…局2017年部门预算公开表
over a body that also describes another unit). Held on fictional text, with the near
cases."""

from __future__ import annotations

from govkg.ingest.document.report import read_document
from govkg.ingest.text.textview import clean_view

NOTE = (
    "青岚市某某管理局2031年部门预算公开表\n"
    "发布时间:2031-11-22 08:23 作者: 来源:市某某委 浏览次数:\n"
    "2031年部门预算公开说明\n"
    "一、单位基本情况\n"
    "青岚市某某研究所系全额拨款事业单位,现有编制66名。\n"
    "二、单位职责职能\n"
    "承担某某技术研究攻关。\n"
    "三、单位预算公开内容\n"
    "1、2031年预算总收入223.08万元。其中:一般公共预算财政拨款215.58万元。\n"
)


def test_the_disclosure_title_names_the_unit():
    document = read_document(clean_view(NOTE), "x.txt")
    assert document.unit == "青岚市某某管理局"
    assert document.year == 2031
    assert document.genre == "部门决算"


def test_a_project_report_citing_the_disclosure_stays_a_project_report():
    project = (
        "青岚市某某站2031年度某某项目支出绩效自评报告\n"
        "一、项目基本情况\n"
        "项目预算见附件:青岚市某某管理局2031年部门预算公开表\n"
        "项目资金50万元,实际支出48万元。\n"
    )
    document = read_document(clean_view(project), "x.txt")
    assert document.unit == "青岚市某某站"
    assert document.genre == "项目支出绩效自评报告"
