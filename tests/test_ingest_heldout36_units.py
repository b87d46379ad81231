"""Units and years of the thirty-sixth held-out trial, by class: each rule held on fictional
text written unlike the trial's, with near misses that keep today's reading.

- a funding level alone between the title's year and its genre is no unit
  (``fundlevel``: 2031年度|省级|转移支付资金…): the publisher line names it;
- a generic 单位 after a title's unit name is no part of it (``titleunit``: 档案馆单位);
- an opening whose first year is one of a list of years covers several: the year is
  unknown (``listedyears``: 2031年、2032年).
"""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.fundlevel import is_funding_level
from govkg.ingest.document.report import UNNAMED

TAIL = (
    "二、项目资金情况\n年初预算30万元,实际支出29.5万元。\n"
    + "项目按期完工,群众满意度较高,后续管护责任已落实到村,档案资料完整齐全。\n" * 20
    + "三、存在的问题\n宣传不够。\n"
)

# -- a funding level is no unit (fundlevel) ---------------------------------------------------


def test_a_funding_level_between_year_and_genre_is_no_unit_the_publisher_names_it():
    text = (
        "青岚省水利领域2031年度省级转移支付资金绩效自评报告\n"
        "发布时间:2032-03-02  信息来源:青岚省水利厅\n\n"
        "一、项目基本情况\n(一)绩效目标\n" + TAIL
    )
    doc = document(text)
    assert (doc.unit, doc.year) == ("青岚省水利厅", 2031)


def test_a_funding_level_with_no_publisher_leaves_the_unit_unnamed():
    text = "2031年度中央财政转移支付资金绩效自评报告\n\n一、项目基本情况\n" + TAIL
    assert document(text).unit == UNNAMED


def test_only_a_level_alone_is_no_name():
    assert is_funding_level("中央")
    assert is_funding_level("省级财政")
    assert is_funding_level("中央和省级")
    assert not is_funding_level("中央民族大学")
    assert not is_funding_level("省级机关事务管理局")
    assert not is_funding_level("市级医院")


def test_a_unit_named_after_the_year_keeps_its_name():
    text = "2031年度青岚县水利局项目支出绩效自评报告\n\n一、项目基本情况\n" + TAIL
    assert document(text).unit == "青岚县水利局"


# -- a generic 单位 after the name (titleunit.clean_title_unit) -------------------------------


def test_a_generic_unit_word_after_the_name_is_dropped():
    text = "青岚县图书馆单位2031年度部门决算情况说明\n\n一、部门基本情况\n" + TAIL
    assert document(text).unit == "青岚县图书馆"


def test_a_unit_word_that_ends_no_organisation_word_stays():
    text = "青岚县预算单位2031年度部门决算情况说明\n\n一、部门基本情况\n" + TAIL
    assert document(text).unit != "青岚县预算"


# -- a list of years (listedyears) ------------------------------------------------------------


def test_an_opening_on_two_listed_years_has_no_single_year():
    text = (
        "一、项目基本情况\n2031年和2032年青岚省共安排耕地保护资金6000万元,"
        "其中2031年3000万元。\n" + TAIL
    )
    assert document(text).year is None


def test_a_repeated_or_single_year_stands():
    text = "一、项目基本情况\n2031年青岚省安排耕地保护资金3000万元,与2030年相比增加。\n" + TAIL
    assert document(text).year == 2031


def test_a_list_after_the_first_year_leaves_it_standing():
    text = (
        "一、项目基本情况\n2031年度青岚省安排耕地保护资金3000万元,"
        "2032年、2033年将继续安排。\n" + TAIL
    )
    assert document(text).year == 2031


# -- a word ending in 局 is no bureau (entities.unitnames) ------------------------------------


def _units(text: str) -> set[str]:
    from govkg.ingest.extract import extract

    return {m.name for m in extract(text, "fictional.txt").mentioned if m.kind == "unit"}


def test_a_clause_cut_at_a_word_ending_in_ju_is_no_unit():
    names = _units(
        "青岚县水利局2031年度部门整体支出绩效自评报告\n一、部门基本情况\n"
        "2031年青岚省统筹布局8座水文站,全省形成发展新格局。\n" + TAIL
    )
    assert not any(name.endswith(("布局", "格局")) for name in names)


def test_a_bureau_in_the_same_sentence_is_still_named():
    names = _units(
        "青岚县水利局2031年度部门整体支出绩效自评报告\n一、部门基本情况\n"
        "2031年会同青岚省水文局统筹布局8座水文站。\n" + TAIL
    )
    assert "省水文局" in names  # as the rule reads a name with an unknown place


# -- a joint self-evaluation naming its fund before the verb (jointselfevaluation) -------------


def test_a_department_and_finance_organising_an_evaluation_of_a_fund_name_the_department():
    text = (
        "按照有关通知要求,青岚省林业厅、青岚省财政厅组织对2031年中央林业改革发展资金"
        "开展绩效自评工作,现将自评情况报告如下:\n一、绩效目标\n" + TAIL
    )
    assert document(text).unit == "青岚省林业厅"


def test_two_line_departments_organising_it_name_none():
    text = (
        "按照有关通知要求,青岚省林业厅、青岚省水利厅组织对2031年中央林业改革发展资金"
        "开展绩效自评工作,现将自评情况报告如下:\n一、绩效目标\n" + TAIL
    )
    assert document(text).unit == UNNAMED


# -- a weaker statement read through a mirror's readings (issuerchain, readingnames) ----------

NOTE = (
    "一、2031年度一般公共預算財政撥款“三公”經{r}費支出決算表\n單位:萬元\n"
    "二、2031年度一般公共預算財政撥款“三公”經{r}費支出情況說明\n"
    "(一)一般公共預算財政撥款“三公”經{r}費支出決算總體情況說明。\n"
    "{unit}2031年度一般公共預算財政撥款“三公”經{r}費支出預算為12.5萬元,"
    "支出決算為9.2萬元,完成預算的73.6%。\n"
    "(二)具體情況如下:公務接待費支出決算6.1萬元。\n" + TAIL
)


def test_a_notes_own_budget_sentence_names_the_unit_through_readings():
    doc = document(NOTE.format(r="(jīng)", unit="青嵐區(qū)政府辦"))
    assert doc.unit == "青嵐區(qū)政府辦"


def test_the_same_note_without_readings_reads_as_before():
    doc = document(NOTE.format(r="", unit="青嵐區政府辦"))
    assert doc.unit == "青嵐區政府辦"
