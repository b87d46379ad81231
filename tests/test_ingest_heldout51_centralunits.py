"""A central organ's name is a unit as much as a city's bureau is (trial 51: 830 中国气象局,
831/832 共青团中央, 834 全国人大常委会办公厅机关, 836 国家海洋局, all read unnamed before): its
budget note's title line, even under a part's heading or ending on 部门预算 alone; the
headline or the sentence announcing its 三公 figures; the 现将…部门预算…公布如下 sentence. A
bare bureau, a pronoun, a whole area, a news agency or a medium is never taken."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.ingest.entities.centralorgan import is_central

BUDGET_BODY = (
    "一、收支预算总体情况\n2031年收入预算5786.38万元,其中:当年财政拨款4330.67万元。\n"
    "二、支出预算情况\n2031年支出预算5786.38万元,其中:基本支出584.33万元,项目支出5202.05万元。\n"
)
THREE_PUBLIC_BODY = (
    "2030年“三公经费”支出数为2273.55万元,因公出国(境)费183.28万元,"
    "公务用车购置及运行费1694.73万元,公务接待费395.54万元。\n"
)


@pytest.mark.parametrize(
    ("title", "unit"),
    [
        ("第三部分 样例团中央2031年部门预算情况说明", None),
        ("第三部分 共青团中央2031年部门预算情况说明", "共青团中央"),
        ("全国样例委员会办公厅机关2031年部门预算", "全国样例委员会办公厅机关"),
        ("国家样例局2031年部门预算说明", "国家样例局"),
    ],
)
def test_a_central_organ_titles_its_budget_note(title, unit):
    note = document(f"{title}\n{BUDGET_BODY}")
    assert note.year == 2031
    if unit is None:  # 样例团中央 is no central organ's name: not read from this line
        assert note.unit != "样例团中央"
    else:
        assert note.unit == unit


def test_a_part_heading_alone_before_the_budget_names_no_unit():
    note = document(f"第三部分 2031年部门预算\n{BUDGET_BODY}")
    assert not note.unit_named


def test_a_headline_announcing_the_organ_s_three_public_figures_names_it():
    text = (
        "中国样例局公布全国样例部门“三公经费”情况\n\n"
        f"本网讯 样例局日前在其网站上公布了2030年“三公经费”财政拨款支出情况。{THREE_PUBLIC_BODY}"
    )
    assert document(text).unit == "中国样例局"


@pytest.mark.parametrize(
    "headline",
    [
        "样例局公布全国样例部门“三公经费”情况",  # a bare bureau: no place, no central level
        "中国新闻社公布各部门“三公经费”情况",  # a news agency
        "全国样例部门公布“三公经费”情况",  # a whole sector, no organ
        "中国样例局公布“三公经费”情况,涉及多个单位",  # a sentence, no headline
    ],
)
def test_no_unit_from_a_headline_naming_no_organ(headline):
    text = f"{headline}\n\n本网讯 日前公布了2030年“三公经费”财政拨款支出情况。{THREE_PUBLIC_BODY}"
    assert document(text).unit != headline.split("公布")[0]


def test_the_organ_announcing_its_three_public_data_as_follows_names_itself():
    text = (
        "“三公经费”财政拨款情况及说明\n按照有关规定,国家样例局对“三公经费”2030年财政拨款决算数据"
        f"和2031年财政拨款预算数据公布如下:\n{THREE_PUBLIC_BODY}"
    )
    assert document(text).unit == "国家样例局"


def test_a_pronoun_announcing_names_no_unit():
    text = (
        "“三公经费”财政拨款情况及说明\n按照有关规定,我局对“三公经费”2030年财政拨款决算数据"
        f"公布如下:\n{THREE_PUBLIC_BODY}"
    )
    assert not document(text).unit_named


@pytest.mark.parametrize(
    ("opening", "unit"),
    [
        ("现将共青团中央2031年部门预算批复情况公布如下。", "共青团中央"),
        ("现将样例市某某局2031年部门预算批复情况公布如下。", "样例市某某局"),
        ("现将我局2031年部门预算批复情况公布如下。", None),
        ("现将2031年部门预算批复情况公布如下。", None),
    ],
)
def test_the_sentence_announcing_a_department_s_budget_names_it(opening, unit):
    note = document(f"根据财政部批复,{opening}\n{BUDGET_BODY}")
    if unit is None:
        assert not note.unit_named
    else:
        assert note.unit == unit


@pytest.mark.parametrize(
    ("name", "central"),
    [
        ("共青团中央", True),
        ("国务院办公厅", True),
        ("全国人大常委会办公厅机关", True),
        ("中国科学院", True),
        ("国家海洋局", True),
        ("中国新闻社", False),
        ("中国网络电视台", False),
        ("全国气象部门", False),
        ("样例市财政局", False),
    ],
)
def test_which_names_are_a_central_organ_s(name, central):
    assert is_central(name) is central
