"""Acceptance, units and years of the twenty-seventh held-out trial, each rule held on
fictional text with the cases it must not fire on: a unit's table of its projects'
self-evaluation results (``titleresultstable``); an empty page field's label above the title
(``pagelabel``) and a metadata row whose cells are spaces (``publisher``); a title's subject
that is no unit, its holder heading the line (``titleunit.names_organisation``); the
signature writing the publisher's or the body's short name in full (``report``,
``signedinfull``); the year money was carried into (``carryyear``).
"""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.core.errors import IngestError

UNNAMED = "（未署名的报告单位）"
PROJECT = "项目支出绩效自评报告"

# -- a table of the projects' self-evaluation results (titleresultstable) -------------------

RESULTS_TABLE = (
    "您当前位置:首页\n >> 文旅局\n\n青岚县文化和旅游局\n\n2022年度绩效自评\n"
    "发布时间:2023-06-02    来源:文化和旅游局\n附件2\n{title}\n\n主管部门:      单位:万元\n"
    "序号 项目名称 项目实施单位 预算数(调整后) 执行数(至2022年底) 结余数 自评得分\n"
    "1 非遗保护专项资金 青岚县文化和旅游局   45.5 45.5 0  98\n"
    "2 图书馆免费开放补助 青岚县文化和旅游局   12 11.2 0.8  90\n"
)


@pytest.mark.parametrize("title", ["部门绩效自评结果公开汇总表", "项目绩效自评结果汇总表"])
def test_a_table_of_self_evaluation_results_is_a_project_report(title):
    doc = document(RESULTS_TABLE.format(title=title))
    assert (doc.genre, doc.unit, doc.year) == (PROJECT, "青岚县文化和旅游局", 2022)


@pytest.mark.parametrize(
    "news",
    [
        "青岚县财政局召开会议,要求各单位于6月底前将部门绩效自评结果公开汇总表报送县财政局。\n",
        "近日,县文旅局完成了绩效自评结果汇总表的编制工作,下一步将按要求公开。\n",
    ],
)
def test_a_sentence_naming_such_a_table_is_no_report(news):
    with pytest.raises(IngestError):
        document("青岚新闻网\n县财政局部署绩效自评工作\n" + news)


# -- a page field's label is no unit; a metadata row of spaces (pagelabel, publisher) --------

LABELLED = (
    "索引号 0000000-5-/2021-0001 发布机构 {publisher}\n公开目录 自评报告 发布日期 2021-05-10\n"
    "文号 浏览量\n{label}\n2020年度项目绩效自评报告(乡村旅游扶持资金)\n\n一、项目基本情况\n"
    "市级安排乡村旅游扶持资金80万元,全年支付76万元。\n"
)


@pytest.mark.parametrize("label", ["主题词", "关键词", "主题分类"])
def test_an_empty_fields_label_is_no_unit_the_publisher_is(label):
    doc = document(LABELLED.format(label=label, publisher="青岚市文化和旅游局"))
    assert (doc.unit, doc.year, doc.genre) == ("青岚市文化和旅游局", 2020, PROJECT)


def test_a_unit_alone_above_the_title_is_still_read():
    doc = document(LABELLED.format(label="青岚市文化馆", publisher="青岚市文化和旅游局"))
    assert doc.unit == "青岚市文化馆"


def test_a_publisher_label_inside_a_sentence_is_no_field():
    text = LABELLED.replace("发布机构 {publisher}", "").format(label="主题词", publisher="")
    text += "本报告由发布机构 青岚市旅游协会汇总。\n"
    assert document(text).unit == UNNAMED


def test_the_signature_writes_the_publishers_short_name_in_full():
    text = LABELLED.format(label="主题词", publisher="区文化和旅游局") + "\n青岚市东山区文化和旅游局\n"
    assert document(text).unit == "青岚市东山区文化和旅游局"


def test_a_signature_of_another_unit_leaves_the_publisher():
    text = LABELLED.format(label="主题词", publisher="区文化和旅游局") + "\n青岚市东山区财政局\n"
    assert document(text).unit == "区文化和旅游局"


# -- a title's subject that is no unit: its holder heads the line (titleunit) ----------------

SUPPLEMENT = (
    "发布机构: 青岚市地震监测中心\n\n{title}\n\n“三公”经费预算情况说明\n"
    "青岚市地震局2018“三公”经费预算安排资金6万元。其中:公务用车运行费5万元、公务接待费1万元。\n"
)


def test_a_title_about_its_year_names_its_holder():
    doc = document(SUPPLEMENT.format(title="青岚市地震局关于2018年度预算公开的补充说明"))
    assert (doc.unit, doc.year) == ("青岚市地震局", 2018)


def test_a_title_with_no_holder_leaves_the_publisher():
    doc = document(SUPPLEMENT.format(title="关于2018年度预算公开的补充说明"))
    assert doc.unit == "青岚市地震监测中心"


# -- the body's short name signed in full (signedinfull) ------------------------------------

SIGNED = (
    "一、2015年“三公”经费财政拨款支出情况说明\n"
    "青岚县科协办2015年度“三公”经费财政拨款支出决算为12.6万元。其中:因公出国(境)费支出决算为0万元,"
    "公务接待费支出决算为2.6万元,公务用车购置及运行费支出决算为10万元。\n{signature}\n2016年8月2日\n"
)


@pytest.mark.parametrize(
    ("signature", "unit"),
    [
        ("青岚县科协办公室", "青岚县科协办公室"),  # the short 办 completed
        ("青岚县科协办公厅", "青岚县科协办"),  # another word: not a completion
        ("青岚县财政局", "青岚县科协办"),  # another unit
        ("中共青岚县科协办公室", "青岚县科协办"),  # words added before it
    ],
)
def test_a_body_name_signed_in_full_is_read_in_full(signature, unit):
    assert document(SIGNED.format(signature=signature)).unit == unit


# -- the year money was carried into (carryyear) --------------------------------------------

CARRIED = (
    "一、绩效目标分解下达情况\n(一)2022年中央下达农机购置项目预算资金900万元(该项目为两年期项目)。"
    "2022年完成支付500万元。\n(二){carry}合计400万元,全年预算执行数合计150万元。\n"
    "二、绩效目标完成情况分析\n1.项目资金到位情况分析。{later}\n"
)


def test_the_year_money_was_carried_into_is_the_reports():
    doc = document(CARRIED.format(carry="2023年结转2022年农机购置项目资金", later=""))
    assert doc.year == 2023


@pytest.mark.parametrize(
    ("carry", "later"),
    [
        ("2023年结转2021年农机购置项目资金", ""),  # years not consecutive
        ("2023年农机购置项目结转资金", ""),  # no year carried from
        ("2023年结转2022年农机购置项目资金", "2024年计划继续结转。"),  # a later year written
    ],
)
def test_no_carry_into_the_next_year_leaves_the_first_year(carry, later):
    assert document(CARRIED.format(carry=carry, later=later)).year == 2022
