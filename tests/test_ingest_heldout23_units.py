"""The units and years of the twenty-third and twenty-fourth held-out trials, each rule held on
fictional text with the cases it must not fire on: a title 项目支出绩效评价自评报告 under a page's
cover (``report``); a scope or level mark after a name (``scopemark``); a form whose 实施单位 is
a detachment of its 主管部门 (``sectionform``); a project's 实施单位为X (``implementer``); a
description X位于…。我院… (``selflocated``); a 三公 note's 单位范围 (``threepublic.unitscope``)
and its sentence opening on the year (``threepublic.yearsubject``); a 三公 budget note's year
(``budgetyear``).
"""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.scopemark import without_scope

UNNAMED = "（未署名的报告单位）"

# -- a title 项目支出绩效评价自评报告 under a cover (report._PROJECT) ----------------------------

COVER = (
    "登录 | 注册\n  • 发布机构\n    县委宣传部\n  • 发布日期\n    2023-10-12\n\n"
    "{title}\n\n  一、项目基本情况\n  (一)项目概况\n"
    "  县财政局根据2022年年初预算,划拨县级财政资金120万元用于融媒体平台建设。\n"
)


def test_a_project_evaluation_self_assessment_title_names_the_unit():
    doc = document(COVER.format(title="中共青岚县委宣传部2022年项目支出绩效评价自评报告"))
    assert (doc.unit, doc.year, doc.genre) == ("中共青岚县委宣传部", 2022, "项目支出绩效自评报告")


def test_a_news_line_on_an_evaluation_is_no_title():
    news = "中共青岚县委宣传部召开2022年项目支出绩效评价工作会议"
    doc = document(COVER.format(title=news))
    assert doc.notes[0].startswith("it has no title of the genre family")
    # the publisher's listed field (publisher, twenty-ninth trial), written in full by the
    # line that opens on its place and name (relativepublisher)
    assert doc.unit == "中共青岚县委宣传部"


# -- a scope or level mark after a name (scopemark) -------------------------------------------


def test_a_budget_level_or_a_sum_after_the_name_is_no_part_of_it():
    assert document("2019年松溪县人民检察院市级部门决算\n一、部门基本情况\n").unit == (
        "松溪县人民检察院"
    )
    town = "柳林县青石镇 2019年部门决算编制说明\n一、基本职能\n部门:柳林县青石镇汇总\n"
    assert document(town).unit == "柳林县青石镇"
    assert without_scope("样例区水务局本级") == "样例区水务局"


def test_a_name_that_only_ends_like_a_mark_stays_whole():
    assert without_scope("数据汇总") == "数据汇总"  # no organisation word before it
    assert without_scope("青岚市人民医院") == "青岚市人民医院"
    assert without_scope("省级") == "省级"


# -- a form whose 实施单位 is a detachment of its 主管部门 (sectionform) -------------------------

FORM = (
    "项目支出绩效自评表\n(2022年度)\n项目名称 反诈经费\n主管部门 {office} 实施单位 {user}\n"
    "项目资金\n(万元)\n年初预算数 全年预算数(A) 全年执行数(B)\n年度资金总额: 80 80 78\n"
)


def test_a_bare_detachment_files_under_its_bureau():
    assert document(FORM.format(office="青岚市公安局", user="刑侦支队")).unit == "青岚市公安局"
    assert document(FORM.format(office="松溪县公安局", user="交警大队")).unit == "松溪县公安局"


def test_a_placed_detachment_or_an_office_is_its_own_unit():
    placed = FORM.format(office="青岚市应急管理局", user="青岚市消防救援支队")
    assert document(placed).unit == "青岚市消防救援支队"
    office = FORM.format(office="青岚市公安局", user="青岚市公安局刑侦支队")
    assert document(office).unit == "青岚市公安局刑侦支队"


# -- a project's 实施单位为X (implementer) ------------------------------------------------------

PROJECT = (
    "森林防火项目支出绩效评价报告\n根据我县森林防火工作需要,县财政局下达县林业局2022年森林防火"
    "经费40万元,主要用于防火物资储备。{sentence}\n评价小组根据评价指标体系进行了量化考核。\n"
)


def test_the_project_s_implementing_unit_is_the_unit():
    assert document(PROJECT.format(sentence="该项目实施单位为县林业局。")).unit == "县林业局"


def test_no_implementing_unit_stated_names_none():
    assert document(PROJECT.format(sentence="项目主管单位为县财政局。")).unit == UNNAMED
    assert document(PROJECT.format(sentence="该项目实施单位为我局。")).unit == UNNAMED
    contractor = "该项目实施单位为青岚林业科技有限公司。"
    assert document(PROJECT.format(sentence=contractor)).unit == UNNAMED


# -- a description that names the unit and speaks as it (selflocated) -------------------------

CENTRE = (
    "\n一、单位基本情况\n(一)职能职责\n1.承担基本医疗服务。\n(二)机构设置\n{description}\n"
    "二、单位决算情况说明\n1.总体情况。2023年度收入总计850.20万元,支出总计850.20万元。\n"
)


def test_a_unit_located_then_speaking_as_itself_is_the_unit():
    found = "青石镇卫生院位于青石镇和平路8号,占地面积5亩。我院开设门诊部和住院部。"
    assert document(CENTRE.format(description=found)).unit == "青石镇卫生院"


def test_a_place_or_another_body_located_names_no_unit():
    place = "青石镇位于县城东部,面积80平方公里。我院开设门诊部和住院部。"
    assert document(CENTRE.format(description=place)).unit == UNNAMED
    other = "青石镇卫生院位于青石镇和平路8号。我局负责其业务指导。"
    assert document(CENTRE.format(description=other)).unit == UNNAMED
    silent = "青石镇卫生院位于青石镇和平路8号,占地面积5亩。"
    assert document(CENTRE.format(description=silent)).unit == UNNAMED


# -- a 三公 note's 单位范围 (threepublic.unitscope) ---------------------------------------------

SCOPE = (
    "2019年度“三公”经费财政拨款\n决算情况说明\n一、“三公”经费的单位范围\n{scope}\n"
    "二、一般公共预算财政拨款“三公”经费支出决算情况\n"
    "2019年度“三公”经费财政拨款年度预算为4.2万元,支出决算为3.1万元,完成预算的73.81%。\n"
)


def test_a_three_public_scope_naming_its_own_level_names_the_unit():
    scope = "区侨务局(台办)有一般公共预算财政拨款预算安排“三公”经费的单位包括区侨务局(台办)本级单位。"
    assert document(SCOPE.format(scope=scope)).unit == "区侨务局(台办)"


def test_a_scope_of_another_unit_or_a_pronoun_names_none():
    other = "区侨务局有一般公共预算财政拨款预算安排“三公”经费的单位包括区侨联本级单位。"
    assert document(SCOPE.format(scope=other)).unit == UNNAMED
    pronoun = "本部门有一般公共预算财政拨款预算安排“三公”经费的单位包括本部门本级单位。"
    assert document(SCOPE.format(scope=pronoun)).unit == UNNAMED


# -- a 三公 sentence opening on its year, then its unit (threepublic.yearsubject) --------------

YEAR_FIRST = (
    "一、“三公”经费财政拨款支出决算总体情况\n{sentence}其中:因公出国(境)费12万元、"
    "公务用车运行维护费30万元、国内公务接待费6万元。“三公”经费支出为45.5万元。\n"
)


def test_a_year_then_a_unit_s_three_public_money_names_the_unit():
    sentence = "2018年,县政协“三公”经费预算为48万元,"
    assert document(YEAR_FIRST.format(sentence=sentence)).unit == "县政协"


def test_a_year_then_an_area_or_a_pronoun_names_none():
    for subject in ("全县", "我局", "各部门", "市级"):
        sentence = f"2018年,{subject}“三公”经费预算为48万元,"
        assert document(YEAR_FIRST.format(sentence=sentence)).unit == UNNAMED


# -- a 三公 budget note's year (budgetyear) -----------------------------------------------------

BUDGET = (
    "按照有关规定,应将“三公”经费执行情况和预算情况予以公开。{sentence}\n"
    "一、“三公”经费执行情况和预算情况\n全县“三公”经费执行数820.4万元。"
    "全县“三公”经费预算数801.2万元。\n"
)


def test_a_budget_note_with_the_year_before_executed_is_the_budget_s():
    sentence = "我县对全县2021年“三公”经费执行情况进行了结算,并编制了2022年“三公”经费预算。"
    assert document(BUDGET.format(sentence=sentence)).year == 2022


def test_years_not_paired_as_execution_then_budget_stay_the_first():
    apart = "我县对全县2019年“三公”经费执行情况进行了结算,并编制了2022年“三公”经费预算。"
    assert document(BUDGET.format(sentence=apart)).year == 2019
    other = "我县对全县2021年项目资金执行情况进行了结算,并编制了2022年项目资金预算。"
    assert document(BUDGET.format(sentence=other)).year == 2021
