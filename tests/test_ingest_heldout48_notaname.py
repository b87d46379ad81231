"""Names that are no reporting unit (trial 48): a division named by its function alone in the
page's publisher field (来源: 规划财务处, 742) says which desk posted the page, and a verb phrase
after 我 (“我为群众办实事”, 740) is a slogan, no name; where the text names no unit the draft's
unit stays unnamed. Near misses keep today's reading: a placed or named division, a unit
introduced by 我 with its name. Test material, fictional."""

from __future__ import annotations

import pytest

from govkg.ingest.document.functiondivision import is_function_division
from govkg.ingest.document.ourunit import our_unit
from govkg.ingest.document.report import UNNAMED
from govkg.ingest.extract import extract

BODY = (
    "一、基本情况\n2031年,全省下达救助补助资金合计950万元,实际支出930万元。\n"
    "二、绩效目标完成情况\n资金全部发放到户。\n"
)


@pytest.mark.parametrize("name", ["规划财务处", "办公室", "计划财务科", "财务审计处", "综合股"])
def test_a_division_by_its_function_alone_is_none(name):
    assert is_function_division(name)


@pytest.mark.parametrize(
    "name",
    ["青岚市财政局", "灵隐管理处", "样例县规划财务处", "某某水文站", "财政局", "市场监管科技处"],
)
def test_a_placed_or_named_unit_is_read(name):
    assert not is_function_division(name)


def test_a_function_division_in_the_publisher_field_leaves_the_unit_unnamed():
    text = "某省救助资金2031年度绩效自评报告\n发布时间: 2032-03-01\n来源: 计划财务处\n" + BODY
    assert extract(text, "fictional.txt").document.unit == UNNAMED


def test_a_named_publisher_is_still_the_unit():
    text = "某省救助资金2031年度绩效自评报告\n发布时间: 2032-03-01\n来源: 青岚市民政局\n" + BODY
    assert extract(text, "fictional.txt").document.unit == "青岚市民政局"


@pytest.mark.parametrize(
    "text",
    [
        "项目纳入“我为企业办实事”清单,获得资金300万元。",
        "我对群众服务中心的改造项目安排资金50万元。",
        "我在样例镇社区服务站开展了走访。",
    ],
)
def test_a_verb_phrase_after_wo_is_no_name(text):
    assert our_unit(text) is None


def test_a_unit_introduced_by_wo_with_its_name_is_still_read():
    found = our_unit("年初预算安排我公路建设养护中心养护项目174万元。")
    assert found is not None
    assert found[0] == "公路建设养护中心"
