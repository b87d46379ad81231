"""A fund's performance made public with no title, under its targets' headings (trial 55's 982,
a 重庆市 三峡后续工作 fund's 公示 on a spam mirror: 现将重庆市2021年度…基金(三峡后续工作)绩效完成
情况公示如下: / 一、2021年度绩效目标 … 下达…791753万元 / 二、2021年度绩效目标实现情况,
refused before): the writer's sentence, a targets' heading after it and money show a project
report of the family. Without one of the three, or with a sign of another class, a text stays
refused. Test material, fictional."""

from __future__ import annotations

import pytest

from govkg.core.errors import IngestError
from govkg.ingest.document.performancenotice import announces_performance
from govkg.ingest.extract import extract

NOTICE = (
    "根据某某部办公厅《关于印发2031年度某某基金区域绩效复核报告的函》要求,现将样例市2031年度"
    "某某工程建设基金(某某后续工作)绩效完成情况公示如下:\n"
    "一、2031年度绩效目标\n"
    "2031年度,财政部共下达样例市2031年度某某工程建设基金123456万元。实施帮扶项目12个。\n"
    "二、2031年度绩效目标实现情况\n"
    "截止2031年12月31日,资金总额预算执行率为81.95%,完成帮扶项目12个。\n"
)


def test_a_funds_performance_notice_is_a_project_report():
    assert announces_performance(NOTICE)
    read = extract(NOTICE, "fictional.txt").document
    assert read.year == 2031
    assert read.genre == "项目支出绩效自评报告"


@pytest.mark.parametrize(
    "text",
    [
        NOTICE.replace("绩效完成情况公示如下", "建设情况公示如下"),  # no performance announced
        NOTICE.replace("一、2031年度绩效目标", "一、2031年度建设任务").replace(
            "二、2031年度绩效目标实现情况", "二、2031年度完成情况"
        ),  # no targets' heading
        NOTICE.replace("123456万元", "若干资金"),  # no money
        NOTICE + "招标文件另行发布,供应商请关注。\n",  # another class (a procurement)
        "本报讯 " + NOTICE,  # a news item
    ],
)
def test_without_a_sign_or_of_another_class_it_stays_refused(text):
    assert not announces_performance(text)
    with pytest.raises(IngestError):
        extract(text, "fictional.txt")


def test_a_sentence_naming_the_targets_is_no_heading():
    text = NOTICE.replace("一、2031年度绩效目标\n", "").replace(
        "二、2031年度绩效目标实现情况\n", "绩效目标实现情况较好。\n"
    )
    assert not announces_performance(text)
