"""A government's budget report whose title is not on the page (trial 60's 1186, trial 61's 1225).

A town's report to its congress may come with only its session line and the reporter's sentence
(我受镇人民政府的委托,向大会报告我镇2025年预算执行情况和2026年预算草案): that is a government's
whole budget, refused as the titled ones are (not-reports 18, 28 and 29). A town's final accounts
said to its congress (向大会报告…财政决算) stay the family's.
"""

from __future__ import annotations

import pytest

from govkg.ingest.document.governmentbudget import government_budget

SPEECH = (
    "——2036年1月20日在青岚区样例镇第五届人民代表大会第三次会议上\n各位代表:\n"
    "我受镇人民政府的委托,{said},请予审议。\n"
    "一、财政收入完成情况\n2035年,全年预计完成一般公共预算收入4100万元。\n"
)


@pytest.mark.parametrize(
    "said",
    [
        "向大会报告我镇2035年预算执行情况和2036年预算草案",
        "向大会作2035年财政预算执行情况和2036年财政预算草案的报告",
        "向镇人大会议提出2035年预算执行情况与2036年预算草案",
    ],
)
def test_the_reporters_sentence_names_a_governments_budget(said):
    assert "government's budget report" in government_budget(SPEECH.format(said=said))


@pytest.mark.parametrize(
    "said",
    [
        "向大会报告我镇2035年财政决算",  # the accounts stay the family's
        "向大会报告我镇2035年预算执行情况",  # no draft named: not this sign
        "报告我镇2035年预算执行情况和2036年预算草案的编制",  # not said to the congress
    ],
)
def test_other_sentences_are_no_such_sign(said):
    assert government_budget(SPEECH.format(said=said).replace("全年预计完成", "")) is None
