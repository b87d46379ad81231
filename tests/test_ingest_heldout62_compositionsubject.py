"""A budget or accounts note whose title is lost names its unit in the 单位构成 section's own
sentence (trial 62's 1233, 下马渡镇人民政府只有本级,没有其他预算单位; 1252, 根据上述主要职责,
区接待办公室不设二级机构; 1268, 納入鎮(zhèn)康縣審計局年度部門決算編報的單位共1個: unnamed
before). Pattern: right under the 单位构成 heading, X只有本级 / X不设二级机构 / X无下属单位; or the
template's 纳入X部门决算编报的单位共N个 (``document.compositionsubject``). Not a pronoun (本单位,
本部门), not another subject under the heading, not a bare organisation word. Test material,
fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.compositionsubject import composition_subject

BUDGET = (
    "一、部门基本概况\n(一)职能职责:负责全镇的农业、教育等行政工作。\n"
    "二、部门预算单位构成\n{sentence}\n三、部门收支总体情况\n"
    "2035年本部门收入预算120.5万元,其中一般公共预算拨款收入120.5万元。\n"
    "2035年本部门支出预算120.5万元,其中基本支出100.5万元,项目支出20万元。\n"
)


def test_the_unit_whose_own_make_up_the_section_states_is_named():
    text = BUDGET.format(
        sentence="青岚镇人民政府只有本级,没有其他预算单位,因此本部门预算仅含本级预算。"
    )
    assert document(text).unit == "青岚镇人民政府"
    text = BUDGET.format(sentence="根据上述主要职责,区样例办公室不设二级机构。")
    assert document(text).unit == "区样例办公室"


def test_the_included_sentence_names_the_department_through_readings_too():
    text = BUDGET.format(sentence="納入青(qīng)嵐縣樣例局年度部門決算編報的單位共1個。")
    assert document(text).unit == "青(qīng)嵐縣樣例局"
    assert (
        composition_subject("纳入样例县某某局2035年度部门决算编制的单位共2个")[0] == "样例县某某局"
    )


def test_a_pronoun_or_another_subject_names_none():
    assert composition_subject("二、部门预算单位构成\n本单位无下级预算单位。\n") is None
    assert composition_subject("纳入本部门2035年度部门决算编报的单位共1个") is None
    assert (
        composition_subject("二、部门预算单位构成\n主管部门为样例县教育局,本校无下属单位。") is None
    )
    assert composition_subject("二、部门预算单位构成\n办公室不设二级机构。\n") is None
    text = BUDGET.format(sentence="本部门只有本级,没有其他预算单位。")
    assert document(text).unit_named is False
