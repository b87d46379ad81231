"""Trial 56's 1020, by class, on fictional texts: in an ex-ante assessment (事前绩效评估), the
sum applied for (申请资金总额: / …项目经费480万元; 本项目申请资金…) is planned, not granted; the sum
the plan arranges keeps its reading, and a 申请 in a report after the year stays a budget as the
corpus reads it. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.document.report import Given
from govkg.ingest.extract import extract
from govkg.ingest.kinds.exanteapplied import ex_ante_applied_kind

EX_ANTE = "财政支出项目事前绩效评估报告\n项目名称:样例推介交流宣传\n项目单位:样例州商务局\n"


def test_the_sum_under_the_application_label_is_planned():
    text = EX_ANTE + "申请资金总额:\n样例省2031年对口支援推介交流宣传项目经费300万元,资金来源:投资计划。\n"
    start = text.index("300万元")
    assert ex_ante_applied_kind(text, start, "样例省2031年对口支援推介交流宣传项目经费", "BUDGET") == (
        "PLANNED"
    )


def test_the_sum_its_own_words_apply_for_is_planned():
    text = EX_ANTE + "本项目申请资金50万元,主要用于宣传活动。\n"
    assert ex_ante_applied_kind(text, text.index("50万元"), "本项目申请资金", "BUDGET") == "PLANNED"


def test_the_sum_the_plan_arranges_keeps_its_reading():
    text = EX_ANTE + "2031年样例省项目投资计划安排300万元用于推介交流宣传项目工作。\n"
    own = "2031年样例省项目投资计划安排"
    assert ex_ante_applied_kind(text, text.index("300万元"), own, "BUDGET") == "BUDGET"


def test_an_application_after_the_year_stays_a_budget():
    text = "样例县人社局2031年项目支出绩效自评报告\n一、项目基本情况\n各县区申请市级补贴共计1904万元。\n"
    assert ex_ante_applied_kind(text, text.index("1904万元"), "各县区申请市级补贴共计", "BUDGET") == (
        "BUDGET"
    )


def test_a_document_named_ex_ante_is_no_ex_ante_assessment():
    text = (
        "样例县2031年项目支出绩效自评报告\n根据《样例县预算项目事前绩效评估管理办法》,"
        "本项目申请资金50万元。\n"
    )
    assert ex_ante_applied_kind(text, text.index("50万元"), "本项目申请资金", "BUDGET") == "BUDGET"


def test_in_a_whole_ex_ante_form():
    text = (
        EX_ANTE + "项目属性(新增/延续):\n新增\n申请资金总额:\n"
        "样例省2031年对口支援推介交流宣传项目经费300万元,资金来源:投资计划。\n"
        "一、项目概况\n2031年样例省项目投资计划安排300万元用于推介交流宣传项目工作。\n"
    )
    money = extract(text, "fictional.txt", Given(title="财政支出项目事前绩效评估报告")).money
    assert [(m.as_written, m.kind) for m in money] == [("300万元", "PLANNED"), ("300万元", "BUDGET")]
