"""The units and the year of the twenty-second held-out trial, each rule held on fictional text
with the cases it must not fire on: a Red Cross society introduced in the opening
(``issuer.ORG``); a subdistrict's or a town's office named by its own place (``issuer.placed``);
a form whose 实施单位 is a section of its 主管部门 (``sectionform``); a project's period within
one year (``periodyear``).
"""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.issuer import placed

UNNAMED = "（未署名的报告单位）"

# -- a Red Cross society introduced in the opening (issuer.ORG) --------------------------------

SOCIETY = (
    "一、部门基本情况\n(一)部门概况\n{opening}\n"
    "(二)部门预决算情况\n2022年初收入预算为812.30万元,全年预算安排收入为905.10万元。"
    "2022年度批复支出预算930.00万元,实际执行支出预算871.45万元,部门整体预算执行率为93.70%。\n"
)


def test_a_red_cross_society_introducing_itself_is_the_unit():
    opening = "青岚省红十字会(以下简称“省红十字会”)成立于1952年,是从事人道主义工作的社会救助团体。"
    assert document(SOCIETY.format(opening=opening)).unit == "青岚省红十字会"
    plain = "松溪县红十字会是党领导下的人道救助群众团体。"
    assert document(SOCIETY.format(opening=plain)).unit == "松溪县红十字会"


def test_a_red_cross_society_named_as_another_body_is_not_the_unit():
    guided = "本会成立于1952年,接受青岚省红十字会的业务指导。"
    assert document(SOCIETY.format(opening=guided)).unit == UNNAMED
    above = "松溪县救助站为青岚省红十字会主管单位。"
    assert document(SOCIETY.format(opening=above)).unit == UNNAMED


# -- a subdistrict's or a town's office named by its place (issuer.placed) ---------------------

SUBDISTRICT = (
    "(一)职能职责\n街道的主要职能是:1、履行辖区公共服务职责。2、完成区委交办的其他任务。\n"
    "(二)机构设置\n{office}内设 8 个办公室:党政办公室、财政办公室、平安建设办公室。\n"
    "二、部门决算情况说明\n(一)收入支出决算总体情况说明\n"
    "1.总体情况。2022年度收入总计3210.40万元,支出总计3210.40万元。\n"
)


def test_a_subdistrict_or_town_office_that_has_its_sections_is_the_unit():
    assert document(SUBDISTRICT.format(office="柳溪街道办事处")).unit == "柳溪街道办事处"
    assert document(SUBDISTRICT.format(office="松林镇人民政府")).unit == "松林镇人民政府"


def test_every_subdistrict_or_an_unplaced_office_names_no_unit():
    assert document(SUBDISTRICT.format(office="各街道办事处")).unit == UNNAMED
    assert document(SUBDISTRICT.format(office="各乡镇人民政府")).unit == UNNAMED
    assert document(SUBDISTRICT.format(office="住房和城乡建设局")).unit == UNNAMED
    assert not placed("住房和城乡建设局")
    assert not placed("乡镇人民政府")


# -- a form whose 实施单位 is a section of its 主管部门 (sectionform) ---------------------------

FORM = (
    "2021年度县级专项资金绩效目标自评表.docx\n"
    "1、2021年度县级专项资金绩效目标自评表专项资金名称县级农机购置补贴负责人及电话李青、王远"
    "县级主管部门{supervisor}实施单位{runner}项目资金(万元)全年预算数(A)全年执行数(B)"
    "执行率(B/A)年度资金总额88.688.6100%其他资金年度总体目标\n"
)


def test_a_form_run_by_a_section_is_its_supervisor_s():
    form = FORM.format(supervisor="松溪县农业农村局", runner="农机推广股")
    assert document(form).unit == "松溪县农业农村局"
    office = FORM.format(supervisor="柳河县卫生健康局", runner="基层卫生科")
    assert document(office).unit == "柳河县卫生健康局"


def test_a_form_run_by_an_office_or_a_placed_section_or_without_a_placed_supervisor_is_not():
    office = FORM.format(supervisor="松溪县农业农村局", runner="松溪县农机推广中心")
    assert document(office).unit == "松溪县农机推广中心"  # the office that runs it (a field)
    placed_section = FORM.format(supervisor="松溪县卫生健康局", runner="松溪县人民医院财务科")
    assert document(placed_section).unit == UNNAMED
    bare = FORM.format(supervisor="农业农村局", runner="农机推广股")
    assert document(bare).unit == UNNAMED
    no_supervisor = FORM.replace("县级主管部门{supervisor}", "").format(runner="农机推广股")
    assert document(no_supervisor).unit == UNNAMED


# -- a project's period within one year states its year (periodyear) --------------------------

COVER = (
    "青岚市松溪新区财政支出项目绩效评价自评报告\n\n"
    "评价类型:项目实施过程评价□   项目完成结果评价■\n\n"
    "项目名称        救 助\n\n项目单位     松溪新区民政局\n\n"
    "评价方式:部门(单位)绩效自评\n\n评价机构:部门(单位)评价组\n\n"
    "报告日期:2019 年6 月 10  日\n\n青岚市松溪新区财政局(制)\n\n"
    "一、项 目 基 本 概 况\n\n项目负责人\n\n张明\n\n"
    "项目起止时间\n\n{period}\n\n计划安排资金\n\n(万元)\n\n88\n\n实际支出\n\n(万元)\n\n86.5\n"
)


def test_a_period_within_one_year_states_the_fiscal_year():
    assert document(COVER.format(period="2018年1月起至2018年12 月止")).year == 2018
    assert document(COVER.format(period="2018年3月至2018年11月")).year == 2018


def test_a_period_over_two_years_or_with_one_end_dated_states_none():
    assert document(COVER.format(period="2017年6月起至2018年12 月止")).year is None
    assert document(COVER.format(period="2018年1月起")).year is None
    titled = COVER.replace("财政支出项目", "2019年度财政支出项目", 1)
    assert document(titled.format(period="2018年1月起至2018年12 月止")).year == 2019
