"""Acceptance and units the nineteenth held-out trial (texts 236, 237, 240, 241, 245, 248)
asked for, each rule held on fictional text with cases where it must not fire."""

from __future__ import annotations

from pathlib import Path

import pytest

from fictional_text import document
from govkg.core.errors import IngestError
from govkg.ingest.document.evaluationoutcome import states_evaluation_outcome
from govkg.ingest.document.ourunit import our_unit
from govkg.ingest.document.report import UNNAMED
from govkg.ingest.document.titleunit import clean_title_unit

FIXTURES = Path(__file__).parent / "fixtures"

# -- acceptance: an evaluation's outcome --------------------------------------------------------

NOTICE = (
    "为加强专项资金监督管理,根据省财政厅通知,我局联合市科技局对2019年青岚市人民医院远程诊疗"
    "系统项目组织开展了绩效评价,此项工作已于去年底完成。\n"
    "该项目总投资320.5万元,其中医院自筹资金200.5万元,省级专项资金120万元。"
    "专家组对项目管理和项目绩效进行了综合评审,项目综合得分为91分,达到了优秀等级。\n"
    "日前,市财政局已将评价结果上报省财政厅。\n"
)


def test_a_notice_of_a_funds_evaluation_with_its_score_and_money_is_read():
    doc = document(NOTICE)
    assert doc.genre == "项目支出绩效自评报告"
    assert doc.unit == UNNAMED  # 我局 / 市财政局: never guessed
    assert doc.year == 2019


@pytest.mark.parametrize(
    "outcome",
    ["项目综合得分为91分。", "自评得分95.5分。", "评价结果为“良好”。", "评价等级为优秀。"],
)
def test_a_score_or_a_grade_after_the_evaluation_is_its_outcome(outcome):
    assert states_evaluation_outcome("对项目开展了绩效评价。" + outcome)


@pytest.mark.parametrize(
    "text",
    [
        # an evaluation announced, no outcome (the synthetic news fixture's sentence)
        "本报讯 市财政局介绍,2023年安排专项资金3000万元。近期将组织开展绩效自评工作。\n",
        # a score, but of a match, not of a performance evaluation
        "青岚杯决赛\n青岚队以得分89分夺冠,获得奖金10万元。\n",
        # an outcome after the evaluation, but no money figure
        "青岚市开展绩效评价工作\n项目综合得分为91分,达到了优秀等级。\n",
        # an outcome in a news item (a meeting's report quoting a score)
        "本报讯 青岚市召开绩效评价工作会议,通报去年平均得分为85分,今年安排资金500万元。\n",
        # 结果良好的 / 达到优化: no grade of its own
        "青岚市通报\n绩效评价工作推进结果良好的地区获奖励资金10万元,流程达到优化。\n",
    ],
)
def test_no_outcome_of_an_evaluation_or_no_money_stays_refused(text):
    with pytest.raises(IngestError, match="does not look like"):
        document(text)


def test_the_synthetic_news_item_stays_refused():
    news = (FIXTURES / "reports" / "synthetic-not-a-report.txt").read_text(encoding="utf-8")
    with pytest.raises(IngestError, match="does not look like"):
        document(news)


def test_the_words_after_a_pronoun_我局_name_no_unit():
    assert our_unit("我局联合市科技局对项目开展了绩效评价。") is None
    assert our_unit("我中心配合青岚市档案馆开展工作。") is None
    found = our_unit("年初预算安排我样例养护中心2021年道路项目50万元。")
    assert found is not None  # a name after 我 still is
    assert found[0] == "样例养护中心"


# -- units: a year glued after a field's name (236) ---------------------------------------------

WHOLE = (
    "部门整体支出绩效自评报告\n单位名称:青岚市文化馆2023年 5月4日\n"
    "一、部门(单位)基本情况\n青岚市文化馆2022年度一般公共预算财政拨款本年收入146.02万元,"
    "本年支出148.11万元。\n"
)


def test_a_year_glued_after_a_fields_name_is_no_part_of_it():
    assert document(WHOLE).unit == "青岚市文化馆"


def test_a_name_with_digits_but_no_year_stays_whole():
    text = WHOLE.replace("青岚市文化馆2023年 5月4日", "青岚市第2中学")
    assert document(text).unit == "青岚市第2中学"


# -- units: a transfer form's 资金使用单位 (237) -------------------------------------------------

FORM = (
    "就业补助资金绩效自评表\n(2024年度) | |||\n转移支付(项目)名称 | 就业补助资金 | ||\n"
    "中央主管部门 | 人力资源社会保障部 | ||\n"
    "地方主管部门 | 青岚省人力资源和社会保障厅 青岚市人力资源和社会保障局 |\n"
    "资金使用单位 | 青岚市样例区人力资源和社会保障局 | |||\n"
    "资金投入情况 (万元) |\n全年预算数(A) | 全年执行数(B) | 预算执行率 |\n"
    "年度资金总额: | 80.1 | 69.98 | 86% |\n"
)


def test_a_transfer_forms_office_using_the_money_under_supervisors_above_is_its_unit():
    doc = document(FORM)
    assert doc.unit == "青岚市样例区人力资源和社会保障局"
    assert doc.year == 2024


def test_a_single_local_supervisor_beside_the_user_leaves_the_unit_unread():
    text = FORM.replace(
        "青岚省人力资源和社会保障厅 青岚市人力资源和社会保障局", "青岚市人力资源和社会保障局"
    )
    assert document(text).unit == UNNAMED  # which of the two filed it is not written


def test_a_company_using_the_money_is_no_unit_its_local_supervisor_files():
    text = FORM.replace(
        "青岚省人力资源和社会保障厅 青岚市人力资源和社会保障局", "青岚市样例区委宣传部"
    ).replace("青岚市样例区人力资源和社会保障局", "青岚市样例电影放映有限公司")
    assert document(text).unit == "青岚市样例区委宣传部"  # the thirteenth trial's rule


def test_a_user_cell_with_two_offices_names_none():
    text = FORM.replace(
        "青岚市样例区人力资源和社会保障局 |", "青岚市样例区人社局 青岚市样例区就业中心 |"
    )
    assert document(text).unit == UNNAMED


# -- units: a paragraph opening on the unit and its own budget (240) ----------------------------

PROJECTS = (
    "项目绩效自评报告\n\n一、项目基本情况\n\n(一)绩效目标情况\n\n"
    "  青岚市科学技术局主要有部门预算项目支出、专项预算支出二类支出,项目资金总预算为245.5万元。\n\n"
    "(二)资金安排情况\n\n  2021年部门预算项目支出8.5万元,专项预算支出237万元。\n"
)


def test_a_paragraph_opening_on_a_placed_unit_and_its_own_budget_names_it():
    doc = document(PROJECTS)
    assert doc.unit == "青岚市科学技术局"
    assert doc.year == 2021


@pytest.mark.parametrize(
    "opening",
    [
        "青岚市财政局2021年专项资金下达我局245.5万元",  # money handed to another: not its own
        "科学技术局主要有部门预算项目支出",  # no place: a name written short
        "我局主要有部门预算项目支出",  # a pronoun
        "根据青岚市科学技术局部门预算",  # the name inside a sentence
    ],
)
def test_a_paragraph_that_is_not_the_units_own_budget_names_none(opening):
    text = PROJECTS.replace("青岚市科学技术局主要有部门预算项目支出", opening)
    assert document(text).unit == UNNAMED


# -- units: a fund's words before the genre's 项目资金 (245) -------------------------------------

FUND_TITLE = (
    "青岚市文化和旅游局关于2021年度中央支持地方公共文化项目资金绩效自评报告\n\n"
    "一、绩效目标分解下达情况\n2021年省财政厅下达我市专项资金188.00万元。\n"
)


def test_a_funds_words_before_the_genres_项目资金_are_no_unit_the_holder_is():
    assert document(FUND_TITLE).unit == "青岚市文化和旅游局"


def test_a_funds_title_with_no_holder_names_no_unit():
    assert document(FUND_TITLE.replace("青岚市文化和旅游局关于", "")).unit == UNNAMED


@pytest.mark.parametrize("unit", ["青岚市档案馆", "青岚县样例镇", "中共青岚县委组织部"])
def test_a_unit_before_the_genres_项目资金_is_still_the_unit(unit):
    text = f"2021年度{unit}项目资金绩效自评报告\n一、项目概况\n项目预算安排资金18万元。\n"
    assert document(text).unit == unit


# -- units: a title's level mark (248) ----------------------------------------------------------


@pytest.mark.parametrize("mark", ["(系统)", "(部门)", "(汇总)", "（本级）"])
def test_a_titles_scope_mark_is_no_part_of_the_name(mark):
    text = f"青岚市城市管理局{mark}2020年度部门决算情况说明\n一、收入支出决算总体情况\n收入总计34.5万元。\n"
    assert document(text).unit == "青岚市城市管理局"


def test_a_bracket_that_is_no_scope_mark_stays():
    assert clean_title_unit("青岚市城市管理局(筹)") == "青岚市城市管理局(筹)"
    assert clean_title_unit("青岚城管(系统)") == "青岚城管(系统)"  # no organisation word
