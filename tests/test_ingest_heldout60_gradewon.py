"""Trial 60's 1175, a city's short item on the province's evaluation of its fund: …通报2023年度
某某基金绩效评价结果,我市荣获“优秀”等次 … 我市争取某某基金1.3亿元: refused before, as the
grade was won (荣获) rather than given (评价结果为优秀). A performance evaluation and the grade
won after it, its 等次 said, is the outcome of an evaluation (``evaluationoutcome``), and an
untitled text showing it is a project's report. A prize (荣获优秀奖), a good effect won, or a
grade with no performance evaluation before it stay refused. Test material, fictional."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.core.errors import IngestError
from govkg.ingest.document.evaluationoutcome import states_evaluation_outcome
from govkg.ingest.extract import extract

ITEM = (
    "近日,省样例厅通报2035年度样例扶持基金绩效评价结果,我市荣获“优秀”等次。\n"
    "2035年,我市争取样例扶持基金1.2亿元,主要用于样例村项目建设。\n"
)


def test_a_grade_won_after_an_evaluation_is_a_project_report():
    doc = document(ITEM)
    assert doc.genre == "项目支出绩效自评报告"
    assert doc.year == 2035
    assert doc.unit_named is False


def test_the_grade_won_is_an_outcome_only_as_a_grade():
    assert states_evaluation_outcome("样例基金绩效评价结果,我区获评良好等次。")
    assert states_evaluation_outcome("样例基金绩效评价,我县连续三年被评为“优秀”等级。")
    assert not states_evaluation_outcome("样例基金绩效评价工作中,我市荣获优秀奖。")
    assert not states_evaluation_outcome("开展绩效评价,获得良好效果。")
    assert not states_evaluation_outcome("我市荣获“优秀”等次,争取资金1.2亿元。")


@pytest.mark.parametrize(
    "text",
    [
        "我市荣获“优秀”等次。2035年,我市争取样例扶持基金1.2亿元。\n",
        "样例基金绩效评价工作中,我市荣获优秀奖。我市争取样例扶持基金1.2亿元。\n",
    ],
)
def test_no_evaluation_or_no_grade_stays_refused(text):
    with pytest.raises(IngestError):
        extract(text, "fictional.txt")
