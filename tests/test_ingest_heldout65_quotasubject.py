"""A report whose section opens on its unit's own year's initial quota (长沙市城市建设档案馆2022年
年初专项经费指标总额为84万元), the unit named again in the text, is that unit's (trial 65's 1341, a
mid-year monitoring report republished by a sample-essay site under a generic title, read
unnamed). A quota line of a name said once (a subordinate in a list), a level (市级…), and a
line with no 年初 quota read nothing. Test material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.quotasubject import quota_subject

REPORT = (
    "项目运行绩效监控报告\n\n一、项目支出基本情况\n"
    "青岚市城市建设档案馆2035年年初专项经费指标总额为84万元,其中:\n"
    "1、档案保护保管专项经费指标为36万元;\n2、档案装具专项指标为48万元。\n"
    "二、绩效运行监控工作开展情况\n青岚市城市建设档案馆积极推进预算支出绩效运行监控管理。\n"
)


def test_the_unit_of_its_own_quota_is_the_reports():
    assert quota_subject(REPORT)[0] == "青岚市城市建设档案馆"
    assert document(REPORT).unit == "青岚市城市建设档案馆"


def test_near_misses_read_nothing():
    once = REPORT.replace("青岚市城市建设档案馆积极推进", "积极推进")
    assert quota_subject(once) is None  # named once
    level = REPORT.replace("青岚市城市建设档案馆2035", "市级2035")
    assert quota_subject(level) is None
    no_quota = REPORT.replace("年初专项经费指标总额为", "共支出")
    assert quota_subject(no_quota) is None
