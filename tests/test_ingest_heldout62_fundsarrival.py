"""Trial 62's 1243: a college's untitled mid-term report on its “双高计划” project, (二)项目经费到位
和执行情况概述 / 1.项目经费足额到位 / …总资金到位18 398.31万元,项目经费到位率101.15%: a project's
money under the template's heading of its funds' arrival, with the rate of arrival or execution,
is a project report of the family (``document.fundsarrival``). Without the heading, or the rate,
or in another class's text (an audit's 整改到位资金), it is refused as before.
"""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.core.errors import IngestError
from govkg.ingest.document.fundsarrival import reports_funds_arrival

REPORT = (
    "总体实现程度概述\n"
    "(一)总体目标的实现程度\n"
    "1.高质量完成年度目标\n"
    "青岚学院坚持特色办学,年度任务全部完成。\n"
    "(二)项目经费到位和执行情况概述\n"
    "1.项目经费足额到位\n"
    "学院层面:预算总资金1 200万元,其中,中央财政投入资金300万元。总资金到位1 210.50万元,"
    "项目经费到位率100.88%。\n"
    "2.项目经费执行率高\n"
    "学院层面:资金支出1 200.10万元,资金执行率为99.14%。\n"
)


def test_a_projects_funds_arrival_under_its_heading_is_a_project_report():
    assert reports_funds_arrival(REPORT)
    assert document(REPORT).genre == "项目支出绩效自评报告"


def test_no_heading_or_no_rate_or_an_audit_is_no_sign():
    no_heading = REPORT.replace("(二)项目经费到位和执行情况概述\n1.项目经费足额到位\n", "")
    assert not reports_funds_arrival(no_heading)
    with pytest.raises(IngestError):
        document(no_heading)
    no_rate = REPORT.replace(",项目经费到位率100.88%", "").replace(",资金执行率为99.14%", "")
    assert not reports_funds_arrival(no_rate)
    audit = "青岚区审计整改情况的报告\n一、整改到位资金情况\n整改到位资金300万元,整改率90%。\n"
    assert not reports_funds_arrival(audit)
