"""Trial 56's 1020: a form laid out one label a line, the label's colon ending its line and the
name alone on the next (项目单位: / 甘孜州商务和经济合作局 / 主管部门: / 浙江省赴四川省甘孜州帮扶
工作队), names its 项目单位 as a one-line field does, where the 主管部门's line was read as a
signature (``report``'s field). A label whose next line is another label or a sentence names
nothing. Test material, fictional."""

from __future__ import annotations

from fictional_text import document

FORM = (
    "财政支出项目事前绩效评估报告\n"
    "项目名称:\n样例双向推介交流宣传\n"
    "项目单位:\n{user}\n"
    "主管部门:\n样例省赴某某州帮扶工作队\n"
    "项目属性(新增/延续):\n新增\n"
    "申请资金总额:\n样例省2031年对口支援推介交流宣传项目经费480万元,资金来源:对口支援投资计划。\n"
    "项目概况:\n2031年对口支援项目投资计划安排480万元用于推介交流宣传项目工作,基本支出不变,"
    "项目支出480万元。\n"
)


def test_a_label_whose_name_is_on_the_next_line_names_the_unit():
    assert document(FORM.format(user="某某州商务和经济合作局")).unit == "某某州商务和经济合作局"


def test_a_label_followed_by_another_label_names_nothing_from_it():
    text = FORM.replace("项目单位:\n{user}\n", "项目单位:\n")
    assert document(text).unit != "主管部门"


def test_a_label_followed_by_a_sentence_names_nothing_from_it():
    text = FORM.format(user="由某某州商务和经济合作局负责组织实施,资金按进度拨付。")
    assert document(text).unit != "由某某州商务和经济合作局负责组织实施"
