"""Acceptance and units the nineteenth held-out trial (texts 236, 237, 240, 241, 245, 248)
asked for, each rule held on fictional text with cases where it must not fire."""

from __future__ import annotations

from pathlib import Path

import pytest

from fictional_text import document
from govkg.core.errors import IngestError
from govkg.ingest.evaluationoutcome import states_evaluation_outcome
from govkg.ingest.ourunit import our_unit
from govkg.ingest.report import UNNAMED

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
        "本报讯 青岚队以得分89分夺冠,获得奖金10万元。\n",
        # an outcome after the evaluation, but no money figure
        "青岚市开展绩效评价工作\n项目综合得分为91分,达到了优秀等级。\n",
        # 结果良好的 / 达到优化: no grade of its own
        "本报讯 绩效评价工作推进结果良好的地区获奖励资金10万元,流程达到优化。\n",
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
