"""Units of the thirty-eighth held-out trial, by class: each rule held on fictional text
written unlike the trial's, with near misses that keep today's reading.

- a pronoun for the unit between the line's start and the year is a sentence's subject,
  no name (``titleunit``: 本单位在2031年度部门决算中…);
- a fund named by what it pays for is no unit (``titleunit``: …专项资金扶持…建设);
- a verb phrase cut at an organisation word is no unit's name (``entities.unitnames``:
  …作出全面部|署, …专家来我局);
- a company heading a fund title's line is its unit (``titleunit.holder``: …公司2031年度…);
- a 发文机构 field is the page's publisher, as 发布机构 is (``publisher.PUBLISHER``);
- the unit that says it evaluated a fund, right before 现将…报告如下, wrote the report
  (``reportedevaluation``);
- a form naming only its coded 主管部门 ([155]X局), no unit cell under it, is that
  department's own (``departmentform``);
- a co-operative (供销社, 合作社) in a 发布机构 field is a publisher (``publisher``).
"""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.report import UNNAMED
from govkg.ingest.document.titleunit import clean_title_unit
from govkg.ingest.extract import extract

TAIL = (
    "二、项目资金情况\n年初预算30万元,实际支出29.5万元。\n"
    + "项目按期完工,群众满意度较高,后续管护责任已落实到村,档案资料完整齐全。\n" * 20
    + "三、存在的问题\n宣传不够。\n"
)


def _units(text: str) -> list[str]:
    return [m.name for m in extract(text, "f.txt").mentioned if m.kind == "unit"]


# -- a pronoun for the unit is no name (titleunit.clean_title_unit) ---------------------------


def test_a_pronoun_for_the_unit_is_no_name():
    assert clean_title_unit("我单位于") == ""
    assert clean_title_unit("本局按照") == ""
    assert clean_title_unit("该中心在") == ""


def test_a_sentence_on_our_own_accounts_leaves_the_unit_unnamed():
    text = (
        "一、部门整体支出绩效情况\n"
        "我单位于2031年度部门决算中共反映3个项目,年初预算30万元,实际支出29.5万元。\n" + TAIL
    )
    assert document(text).unit == UNNAMED


def test_a_name_that_merely_holds_such_a_character_stays_a_name():
    assert clean_title_unit("青岚县本草研究所") == "青岚县本草研究所"
    assert clean_title_unit("该县水利局") == "该县水利局"  # no pronoun for a unit: 该县
    text = "青岚县水利局2031年度部门决算情况说明\n\n一、部门基本情况\n" + TAIL
    assert document(text).unit == "青岚县水利局"


# -- a fund named by its purpose is no unit (titleunit.clean_title_unit) ----------------------


def test_a_fund_named_by_what_it_pays_for_is_no_unit():
    assert clean_title_unit("市级财政资金扶持乡村旅游建设") == ""
    assert clean_title_unit("专项经费用于青少年科普") == ""


def test_a_fund_title_leaves_the_unit_to_the_publisher():
    text = (
        "2031年度省级专项资金扶持特色农业产业提升绩效评价报告\n"
        "发布时间:2032-03-02  信息来源:青岚省农业农村厅\n\n"
        "一、项目基本情况\n(一)绩效目标\n" + TAIL
    )
    assert document(text).unit == "青岚省农业农村厅"


def test_a_unit_whose_name_holds_a_fund_word_stays_a_name():
    assert clean_title_unit("青岚市资金支付促进中心") == "青岚市资金支付促进中心"
    assert clean_title_unit("青岚县农业农村局") == "青岚县农业农村局"


# -- a verb phrase is no unit's name (entities.unitnames) -------------------------------------


def test_a_verb_phrase_cut_at_an_organisation_word_is_no_name():
    text = (
        "青岚县水利局2031年度部门决算情况说明\n\n一、部门基本情况\n"
        "为落实省里作出全面部署,县水利局开展了河道整治。公务接待费0.5万元,"
        "主要原因是外县专家来我局交流,市财政局陪同。\n" + TAIL
    )
    names = _units(text)
    assert "市财政局" in names
    assert not [n for n in names if "作出" in n or n.endswith("我局")]


def test_a_unit_the_text_names_beside_it_stays():
    text = (
        "青岚县水利局2031年度部门决算情况说明\n\n一、部门基本情况\n"
        "根据市财政局要求,县人民政府办公室牵头。本局按照市水务局部署开展工作。\n" + TAIL
    )
    names = _units(text)
    assert "市财政局" in names
    assert "市水务局" in names


# -- a company heading the title's line reports (titleunit.holder) ----------------------------


def test_a_company_heading_a_fund_title_is_its_unit():
    text = (
        "青岚市自来水公司2031年度财政支出项目绩效评价自评报告\n\n"
        "一、项目基本情况\n(一)绩效目标\n" + TAIL
    )
    assert document(text).unit == "青岚市自来水公司"


def test_a_company_inside_the_fund_words_is_not_taken():
    text = (
        "2031年度青岚市扶持物流公司发展专项资金绩效评价报告\n\n"
        "一、项目基本情况\n(一)绩效目标\n" + TAIL
    )
    assert document(text).unit == UNNAMED


# -- a 发文机构 field is the page's publisher (publisher.PUBLISHER) ---------------------------


def test_the_issuing_body_field_names_the_unit():
    text = (
        "标题:青岚盟就业补助资金2031年度绩效自评报告 | |\n"
        "索引号:1234-5/2032-00001 | 发文字号: |\n"
        "发文机构:青岚盟教育局 | 信息分类: |\n\n"
        "一、绩效目标分解下达情况\n" + TAIL
    )
    assert document(text).unit == "青岚盟教育局"


def test_a_document_number_field_names_no_unit():
    text = (
        "标题:青岚盟就业补助资金2031年度绩效自评报告 | |\n"
        "索引号:1234-5/2032-00001 | 发文字号:青教发〔2032〕1号 |\n\n"
        "一、绩效目标分解下达情况\n" + TAIL
    )
    assert document(text).unit == UNNAMED


# -- the evaluator that reports its evaluation (reportedevaluation) ---------------------------

from govkg.ingest.document.reportedevaluation import reporting_evaluator  # noqa: E402


def test_the_unit_that_evaluated_and_reports_it_is_the_unit():
    text = (
        "为加强预算绩效管理,青岚市卫健委对2031年度基层医疗补助资金开展了绩效评价。"
        "现将评价结果报告如下:\n一、项目基本情况\n" + TAIL
    )
    assert document(text).unit == "青岚市卫健委"


def test_an_evaluation_by_another_or_not_reported_names_no_unit():
    assert (
        reporting_evaluator(
            "受青岚市财政局委托,我所对2031年度…资金开展了绩效评价。现将情况报告如下"
        )
        is None
    )
    assert reporting_evaluator("青岚市财政局对我局2031年度项目开展了绩效评价。评价得分92分") is None
    assert reporting_evaluator("我局对2031年度…资金开展了绩效评价。现将情况报告如下") is None


# -- a coded 主管部门 with no unit cell under it files its form (departmentform) ---------------


def _form(cells: str) -> str:
    return (
        "(防汛物资)绩效目标自评表\n绩效目标自评表 (2031年度) |\n项目名称 |\n防汛物资储备 |\n"
        + cells
        + "资金情况(万元) |\n全年预算数 |\n30 |\n全年执行数 |\n29 |\n"
        + "年度总体目标完成情况综述 |\n完成物资储备,执行率97%。 |\n"
        + "一级指标 |\n二级指标 |\n产出指标 |\n数量指标 |\n"
    )


def test_a_coded_supervisor_with_no_unit_cell_is_the_unit():
    doc = document(_form("主管部门 |\n【301】青岚县应急管理局 |\n"))
    assert doc.unit == "青岚县应急管理局"


def test_a_supervisor_over_an_implementing_unit_stays_over_it():
    doc = document(_form("主管部门 |\n【301】青岚县应急管理局 |\n实施单位 |\n青岚县防汛物资站 |\n"))
    assert doc.unit == "青岚县防汛物资站"


def test_an_uncoded_supervisor_alone_is_not_read_here():
    from govkg.ingest.document.departmentform import department_form_unit

    assert department_form_unit("主管部门 |\n青岚县应急管理局 |\n") is None
    assert department_form_unit("主管部门 |\n[301]青岚县应急管理局 |\n") == (
        "青岚县应急管理局",
        (12, 20),
    )


# -- a co-operative publishes its own report (publisher._ORG) ---------------------------------


def test_a_cooperative_publisher_names_the_unit():
    text = (
        "2031年度项目支出绩效自评报告\n"
        "索引号 1234/20320301-00007 发布机构 青岚县供销合作社 生成日期 2032-03-01\n\n"
        "一、项目基本情况\n(一)绩效目标\n" + TAIL
    )
    assert document(text).unit == "青岚县供销合作社"


def test_a_news_agency_as_source_names_no_unit():
    text = (
        "2031年度项目支出绩效自评报告\n来源:青岚日报社  2032-03-01\n\n"
        "一、项目基本情况\n(一)绩效目标\n" + TAIL
    )
    assert document(text).unit == UNNAMED
