"""A government's whole budget (``governmentbudget``) is refused as a class, on fictional
text: its report to the people's congress on budget execution and the draft budget, a
committee's review of them, a mid-year report to the standing committee, a monthly bulletin
of an area's totals. A unit's own report that cites the congress or the area's revenue, a
department's 部门预算执行情况 section and a government's accounts (财政决算) are still read.
"""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.core.errors import IngestError
from govkg.ingest.document.governmentbudget import government_budget

REFUSED = "does not look like a report of the genre family"

# -- the class: refused, in one line saying why ---------------------------------------------

CONGRESS = (
    "关于青岚县2031年预算执行情况和2032年预算草案的报告\n"
    "——2031年12月20日在青岚县第七届人民代表大会第三次会议上\n青岚县财政局\n各位代表:\n"
    "受县人民政府委托,现将2031年预算执行情况和2032年预算草案提请会议审议。\n"
    "一、2031年预算执行情况\n全县一般公共预算收入52000万元,完成预算的101.2%。\n"
)
REVIEW = (
    "青岚省人民代表大会财政经济委员会关于2031年省级预算执行情况与2032年省级预算草案的审查结果报告\n"
    "省十届人大三次会议主席团:\n会议审查了省人民政府提出的预算报告。现将审查结果报告如下。\n"
    "一、2031年预算执行情况较好\n全省一般公共预算收入3200亿元,增长4.1%。\n"
)
MIDYEAR = (
    "关于青岚区2031年上半年预算执行情况的报告\n"
    "——2031年7月28日在青岚区第五届人民代表大会常务委员会第十次会议上\n"
    "区人大常委会:\n现将全区上半年预算执行情况报告如下。\n"
    "1-6月全区组织财政收入累计完成84210万元,同比增长3.2%。\n"
)
BULLETIN = (
    "1-5月,全市一般公共预算收入320.6亿元,增长2.1%。其中:市本级收入150.2亿元。\n"
    "全市一般公共预算支出410.3亿元,完成年初预算38.2%。\n"
)
# a contents list naming one of the family's notes does not make the congress report a unit's
CONTENTS = (
    "目录\n第一部分 报告\n第二部分 情况说明\n一、2032年三公经费预算情况说明\n第一部分 报告\n"
    + CONGRESS
)


@pytest.mark.parametrize("text", [CONGRESS, REVIEW, MIDYEAR, BULLETIN, CONTENTS])
def test_a_governments_whole_budget_is_refused_in_one_line(text):
    with pytest.raises(IngestError) as refused:
        document(text)
    message = str(refused.value)
    assert REFUSED in message
    assert "\n" not in message
    assert "government's budget" in message or "whole area's budget" in message


def test_the_refusal_names_the_title_or_the_areas_total():
    with pytest.raises(IngestError, match="关于青岚区2031年上半年预算执行情况的报告"):
        document(MIDYEAR)
    with pytest.raises(IngestError, match="全市一般公共预算收入"):
        document(BULLETIN)


# -- must not fire: a unit's own reports -----------------------------------------------------

FINANCE_ACCOUNTS = (
    "青岚市财政局2031年度部门决算\n一、部门概况\n(一)主要职能\n"
    "负责组织编制全市一般公共预算草案,向市人大常委会报告预算执行情况。\n"
    "二、收入支出决算总体情况\n2031年度收入总计1520.4万元,支出总计1498.2万元。\n"
)
FINANCE_SELF = (
    "一、部门概况\n本单位负责全市财政收支管理。2031年全市一般公共预算收入完成85.6亿元,"
    "增长5.1%。\n二、部门整体支出情况\n2031年本单位基本支出820.5万元,项目支出230.2万元。\n"
    "三、自评结论\n整体支出绩效自评得分95分。\n"
)
QUOTING_CONGRESS = (
    "青岚区民政局2031年度部门整体支出绩效自评报告\n一、部门概况\n"
    "根据区人大常委会:关于加强预算绩效管理的决定,本局开展整体支出绩效自评。\n"
    "二、预算执行情况\n全年预算数420万元,执行数401.5万元,预算执行率95.6%。\n"
)
DEPARTMENT_SECTION = (
    "一、部门基本情况\n青岚县教育局是县政府工作部门。\n二、部门预算执行情况\n"
    "2031年年初预算3200万元,全年执行3105.6万元,执行率97%。基本支出2100万元,项目支出1005.6万元。\n"
)
OWN_BUDGET_TITLE = (
    "关于青岚市教育局2031年部门预算执行情况的报告\n一、部门概况\n本局内设科室8个。\n"
    "二、预算执行情况\n年初预算数3200万元,全年执行数3105.6万元。\n"
)
ACCOUNTS_OF_AREA = (
    "青岚区人民政府关于2031年财政决算的报告\n——2032年9月27日在区人大常委会第十次会议上\n"
    "一、2031年全区一般公共预算收支决算情况\n2031年全区一般公共预算收入42342万元。\n"
)


@pytest.mark.parametrize(
    "text",
    [
        FINANCE_ACCOUNTS,
        FINANCE_SELF,
        QUOTING_CONGRESS,
        DEPARTMENT_SECTION,
        OWN_BUDGET_TITLE,
        ACCOUNTS_OF_AREA,
    ],
)
def test_a_units_own_report_is_read(text):
    assert document(text) is not None


def test_a_units_report_is_no_governments_budget_by_its_signs_alone():
    for text in (FINANCE_SELF, QUOTING_CONGRESS, DEPARTMENT_SECTION, OWN_BUDGET_TITLE):
        assert government_budget(text) is None, text[:20]


def test_a_congress_report_quoted_in_a_sentence_is_no_title():
    quoted = (
        "本局按照《关于2031年预算执行情况和2032年预算草案的报告》的要求,压减一般性支出。\n"
        "二、预算执行情况\n年初预算数320万元,全年执行数301.5万元。\n"
    )
    assert government_budget(quoted) is None
