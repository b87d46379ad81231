"""Budget notes' titles on Chongqing's pages (trial 55): a title field in brackets
([ 标 题 ] 石柱土家族自治县文化馆2023年单位预算情况说明, 979, read "] 石柱…") gives its name
without the label's bracket, and a unit's …2026年预算公开情况说明 (974, its title passed over
for the page's index row, and the body's 华岩镇卫生院是… read instead) is a title whose unit is
the note's. A line going on after the title's words, or naming no organisation, is none."""

from __future__ import annotations

import pytest

from fictional_text import document

INDEX = "| [ 索引号 ] | 115009999999999999/2031-00009 | [ 发文字号 ] | |\n"
BODY = "一、单位基本情况\n(一)职能职责\n某某卫生院是基层医疗卫生机构。\n本单位2031年收入预算100万元。\n"


@pytest.mark.parametrize("label", ["[ 标 题 ] ", "【标题】", "［标题］：", "标题:"])
def test_a_bracketed_title_field_label_is_no_part_of_the_name(label):
    text = (
        "[ 索 引 号 ] 11500240MB1987134X/2031-00014 [ 主题分类 ] 文化\n"
        f"{label}样例县某某馆2031年单位预算情况说明\n\n样例县某某馆2031年单位预算情况说明\n"
        "一、单位基本情况\n本单位2031年收入预算100万元。\n"
    )
    assert document(text).unit == "样例县某某馆"


@pytest.mark.parametrize(
    "title", ["样例市样例区某某镇卫生院2031年预算公开情况说明", "样例市样例区某某镇卫生院2031年度预算公开情况说明"]
)
def test_a_budget_disclosure_title_names_the_unit(title):
    note = document(INDEX + title + "\n" + BODY.replace("某某卫生院", "某某镇卫生院"))
    assert note.unit == "样例市样例区某某镇卫生院"
    assert note.year == 2031


@pytest.mark.parametrize(
    "title",
    [
        "样例市样例区某某镇卫生院2031年预算公开情况说明已于2月发布",  # a sentence going on
        "2031年预算公开情况说明",  # no organisation named
    ],
)
def test_no_unit_from_a_line_that_is_no_budget_title(title):
    assert document(INDEX + title + "\n" + BODY).unit != "样例市样例区某某镇卫生院"
