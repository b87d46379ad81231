"""A page's byline under its title, the publisher's name then the time, with no label (trial
55's 981: 2022年度湖南省安全生产预防及应急专项资金绩效自评报告 / 湖南省应急管理厅 时间:2023-06-28
09:06, its 发布机构 field empty, the body speaking as 我厅; unnamed before), is the page's
publisher. A portal's line, a name with no time after it and a sentence read nothing; a
school's voice under a bureau's byline keeps the unit unnamed, as under a publisher field.
Test material, fictional."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.ingest.document.bylinepublisher import byline_publisher

TITLE = "2031年度样例省某某预防及应急专项资金绩效自评报告\n"
BYLINE = "样例省某某管理厅 时间:2032-06-28 09:06\n"
META = "- 索引号:430S00/2032-065119\n- 发布机构:\n- 名称: 2031年度样例省某某预防及应急专项资金绩效自评报告\n"
BODY = (
    "按照《样例省财政厅关于开展2031年度部门整体支出绩效自评和省级专项资金部门评价工作的通知》要求,"
    "我厅对2031年度样例省某某预防及应急专项资金进行绩效评价,现将具体情况报告如下:\n"
    "一、专项资金基本情况\n2031年度安排专项资金23,834万元,支持项目数量为709个。\n"
)
PAGE = TITLE + BYLINE + META + BODY


def test_the_byline_under_the_title_names_the_publisher():
    assert document(PAGE).unit == "样例省某某管理厅"


@pytest.mark.parametrize(
    "byline",
    [
        "样例省某某管理厅 发布时间:2032-06-28\n",
        "样例县某某局  日期:2032年6月28日\n",
    ],
)
def test_the_time_may_be_worded_otherwise(byline):
    assert byline_publisher(TITLE + byline + BODY) is not None


@pytest.mark.parametrize(
    "byline",
    [
        "样例县人民政府门户网站 www.yangli.gov.cn 发布时间:2032-06-28 10:59\n",  # a portal
        "样例省某某管理厅\n",  # a name with no time: no byline
        "本厅认真组织,时间:2032-06-28\n",  # a sentence
        "作者:某某 时间:2032-06-28\n",  # no organisation
    ],
)
def test_no_byline_read_from_other_lines(byline):
    assert byline_publisher(TITLE + byline + BODY) is None


def test_a_schools_report_under_a_bureaus_byline_stays_unnamed():
    text = TITLE + "样例县教育局 时间:2032-06-28 09:06\n" + BODY.replace("我厅", "我校")
    assert document(text).unit == "（未署名的报告单位）"
