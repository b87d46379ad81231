"""Trial 56's 1010, by class, on fictional texts: a project form's funds field 计划投资额 (万元),
beside 实际到位资金 and 实际使用情况, is the column the year's plan arranges, the project's budget,
as 计划安排资金 is and as the corpus's 543 and 613 read it; in prose 项目计划总投资 stays planned.
Test material, fictional."""

from __future__ import annotations

import pytest

from govkg.ingest.extract import extract
from govkg.ingest.kinds.formfield import field_kind
from govkg.ingest.tables.spacedfields import find_spaced_fields
from govkg.ingest.text.textview import clean_view


@pytest.mark.parametrize("label", ["计划投资额", "计划投资额(万元)", "計劃投資額", "计划投资"])
def test_the_planned_column_is_a_budget(label):
    assert field_kind(label) == "BUDGET"


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("实际到位资金", "REVENUE"),
        ("计划安排资金", "BUDGET"),
        ("项目计划总投资", "PLANNED"),  # a plan's whole investment, not the form's column
    ],
)
def test_other_labels_keep_their_readings(label, kind):
    assert field_kind(label) == kind


def test_a_form_flattened_one_cell_a_paragraph():
    text = (
        "样例州民族宗教事务局2031年项目支出绩效自评报告\n\n项目名称\n\n2031年度样例工作专项经费\n\n"
        "项目起止时间\n\n2031.12031.12\n\n"
        "计划投资额(万元)\n\n120.50\n\n实际到位资金(万元)\n\n120.50\n\n"
        "实际使用情况(万元)\n\n100.00\n\n一、项目基本情况\n"
    )
    money = [(m.as_written, m.kind) for m in extract(text, "fictional.txt").money]
    assert ("120.50", "BUDGET") in money
    assert ("120.50", "REVENUE") in money
    assert ("120.50", "PLANNED") not in money


def test_spaced_fields_of_the_hainan_form():
    text = "项目基本信息 单位:万元\n计划投资额 80.00 实际到位资金 80.00 实际使用情况 60.50 三、绩效目标\n"
    read = {m.label: m.kind for m in find_spaced_fields(clean_view(text), 2031)}
    assert read == {"计划投资额": "BUDGET", "实际到位资金": "REVENUE", "实际使用情况": "SPENDING"}


def test_a_plans_investment_in_prose_stays_planned():
    text = (
        "样例县交通运输局2031年项目支出绩效自评报告\n一、项目基本情况\n"
        "我县2031年农村公路建设项目计划投资2179万元,实现新建道路32公里。\n"
    )
    money = extract(text, "fictional.txt").money
    assert [(m.as_written, m.kind) for m in money] == [("2179万元", "PLANNED")]
