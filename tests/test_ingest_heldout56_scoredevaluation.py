"""An evaluation retold with its score said 评分 (trial 56's 1017, an essay-compilation page
retelling 福建省财政厅's evaluation of the 2009 就业专项资金: …实施绩效评价…支出25914万元…绩效
评分结果为83.4分, refused before) is a project report of the family, as one said 得分 was.
A scale (评分为100分制), a score before any evaluation is said, a journalist's report and a
text with no money stay refused. Test material, fictional."""

from __future__ import annotations

import pytest

from govkg.core.errors import IngestError
from govkg.ingest.document.evaluationoutcome import states_evaluation_outcome
from govkg.ingest.extract import extract

RETOLD = (
    "专项资金绩效评价结论\n"
    "为进一步加强专项资金管理,样例省财政厅对全省就业专项资金实施绩效评价。\n"
    "本次评价对象是2031年样例省就业专项资金的支出绩效。\n"
    "2031全省就业专项资金支出2591万元,其中职业培训772万元、职业介绍256万元。\n"
    "对照绩效评价指标体系和绩效分值,最终得出样例省就业专项资金绩效评分结果为83.4分,"
    "资金项目总体绩效良好。\n"
)


@pytest.mark.parametrize(
    "score",
    ["绩效评分结果为83.4分", "综合评分为83.4分", "自评分:83.4分", "评分83分"],
)
def test_an_evaluation_retold_with_its_score_said_评分_is_read(score):
    text = RETOLD.replace("绩效评分结果为83.4分", score)
    assert states_evaluation_outcome(text)
    read = extract(text, "fictional.txt")
    assert read.document.year == 2031
    assert [m.as_written for m in read.money][:1] == ["2591万元"]


@pytest.mark.parametrize(
    "text",
    [
        RETOLD.replace("绩效评分结果为83.4分", "绩效评分为100分制"),  # a scale, no outcome
        RETOLD.replace("绩效评分结果为83.4分,资金项目总体绩效良好", "评分工作另行安排"),
        "样例省就业专项资金评分结果为83.4分。\n2031全省就业专项资金支出2591万元。\n",  # no evaluation
        "本报讯(记者 某某) " + RETOLD,  # a journalist's report
        RETOLD.replace("2591万元", "若干").replace("772万元", "若干").replace("256万元", "若干"),
    ],
)
def test_a_scale_no_evaluation_news_or_no_money_stays_refused(text):
    with pytest.raises(IngestError):
        extract(text, "fictional.txt")
