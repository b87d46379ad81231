"""The titles of the twenty-first held-out trial, each held on fictional text with cases it
must not fire on: a fund's self-evaluation titled 资金支出绩效的自评报告 or 资金2022年度绩效自评
报告 (``titlefund``)."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.core.errors import IngestError

PROJECT = "项目支出绩效自评报告"
BODY = "\n\n根据有关要求,现将资金使用情况报告如下:\n\n一、绩效目标分解下达情况\n"

# -- a fund's title, the long way (titlefund) -------------------------------------------------


def test_a_fund_s_expenditure_evaluation_with_its_de_is_a_project_report():
    title = "青岚市文化和旅游局关于中央支持地方乡村书屋补助资金支出绩效的自评报告"
    read = document(title + BODY)
    assert read.genre == PROJECT
    assert read.title == title


def test_a_fund_s_title_with_the_year_before_its_evaluation_is_a_project_report():
    title = "中央支持地方乡村书屋补助资金2021年度绩效自评报告"
    read = document("当前栏目:公开目录\n\n" + title + BODY)
    assert read.genre == PROJECT
    assert read.title == title
    assert read.year == 2021


@pytest.mark.parametrize(
    "news",
    [
        # a news item naming the report inside a sentence
        "青岚市召开工作会议\n\n会议审议了中央补助资金支出绩效的自评报告,要求各区县抓好整改。\n",
        # a notice asking for the reports: the title's words end in 的通知
        "关于报送乡村书屋补助资金2021年度绩效自评报告的通知\n\n各区县文旅局:请于月底前报送。\n",
    ],
)
def test_a_fund_s_self_evaluation_named_in_a_sentence_is_no_title(news):
    with pytest.raises(IngestError):
        document(news)
