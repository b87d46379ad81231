"""The titles of the twenty-first held-out trial, each held on fictional text with cases it
must not fire on: a fund's self-evaluation titled 资金支出绩效的自评报告 or 资金2022年度绩效自评
报告 (``titlefund``); a whole unit's 预算绩效部门评价报告 (``report._GENRE``)."""

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


# -- a whole unit's 预算绩效部门评价报告 (report._GENRE) ------------------------------------------

WHOLE = "部门整体支出绩效自评报告"
DEPARTMENT = (
    "{title}\n一、部门概况\n中国人民政治协商会议青岚市委员会是地方爱国统一战线的组织。"
    "政协青岚市委员会办公室为市级一级预算单位。\n二、部门整体支出管理及使用情况\n"
    "(一)基本支出\n2023年度基本支出812.5万元。\n"
)


def test_a_budget_performance_department_evaluation_is_a_whole_unit_report_with_its_unit():
    read = document(DEPARTMENT.format(title="政协青岚市委员会办公室2023年度预算绩效部门评价报告"))
    assert (read.genre, read.unit, read.year) == (WHOLE, "政协青岚市委员会办公室", 2023)


def test_a_fund_s_department_evaluation_or_a_sentence_naming_one_is_no_whole_unit_title():
    # Hunan's 专项资金部门评价 evaluates a fund; a sentence goes on after the words
    for title in (
        "青岚市商务局2023年度专项资金部门评价报告",
        "青岚市财政局审核2023年度预算绩效部门评价报告的情况",
    ):
        read = document(DEPARTMENT.format(title=title))
        assert read.notes[0].startswith("it has no title of the genre family")
