"""Units and years of the thirty-second and thirty-third held-out trials, by class: each
rule held on fictional text written unlike the trial's, with near misses that keep today's
reading."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.report import UNNAMED

BODY = (
    "一、项目基本情况\n项目按计划实施,资金按规定使用。\n"
    "二、项目资金情况\n年初预算30万元,实际支出29.5万元。\n"
    + "项目按期完工,群众满意度较高,后续管护责任已落实到村,档案资料完整齐全。\n" * 20
    + "三、存在的问题\n宣传不够。\n"
)  # long enough that no line of the opening reads as a signature at the end

# -- when an evaluation is made (事前 / 事中 / 事后) is the genre's word, not a name's end ----


def test_an_ex_post_evaluation_of_a_fund_names_no_unit():
    assert document("2031年度困难群众救助资金事后绩效评价报告\n" + BODY).unit == UNNAMED


def test_an_ex_ante_evaluation_of_an_allowance_names_no_unit():
    assert document("2032年残疾人两项补贴事前绩效评价报告\n" + BODY).unit == UNNAMED


def test_a_bureau_before_an_ex_post_evaluation_is_still_the_unit():
    text = "青岚县民政局2031年度事后绩效评价报告\n" + BODY
    assert document(text).unit == "青岚县民政局"


def test_a_unit_whose_name_ends_on_no_timing_word_keeps_it():
    text = "2031年度青岚县公共资源交易中心整体支出绩效自评报告\n" + BODY
    assert document(text).unit == "青岚县公共资源交易中心"


# -- an area's 三公 note titled after a table's cell border --------------------------------

NOTE = (
    "根据要求,经县财政局汇总,现将全县2031年“三公”经费决算情况公开如下:"
    "全县“三公”经费支出决算汇总数为120.5万元,较上年减少3.2万元。\n"
)


def test_an_areas_note_after_a_cell_border_names_the_area():
    text = "|  |  |\n  | 青岚县2031年“三公”经费决算情况说明 " + NOTE
    assert document(text).unit == "青岚县"


def test_an_areas_note_after_a_fullwidth_border_names_the_area():
    text = "｜ 青岚市2031年“三公”经费决算情况说明\n" + NOTE
    assert document(text).unit == "青岚市"


def test_a_sentence_after_a_cell_border_names_no_area():
    text = "|  |\n  | 现将青岚县2031年“三公”经费决算情况说明如下 " + NOTE
    assert document(text).unit != "青岚县"


# -- a fund's title: its holder on the line above, or in the page's headline ---------------


def test_the_holder_on_the_line_above_a_funds_title_is_the_unit():
    text = "青岚市文化广电旅游局\n关于2031年度公共文化服务体系建设补助资金绩效的自评报告\n" + BODY
    assert document(text).unit == "青岚市文化广电旅游局"


def test_the_pages_headline_names_the_holder_of_a_funds_title():
    text = (
        "无障碍 | 长者模式\n\n青岚县农业农村局2031年度项目资金绩效自评报告\n"
        "来源:农业农村局 时间:2032-05-06\n\n2031年度耕地保护项目资金绩效自评报告\n" + BODY
    )
    assert document(text).unit == "青岚县农业农村局"


def test_a_headline_of_another_year_names_no_holder():
    text = (
        "无障碍 | 长者模式\n\n青岚县农业农村局2030年度项目资金绩效自评报告\n"
        "来源:农业农村局 时间:2031-05-06\n\n2031年度耕地保护项目资金绩效自评报告\n" + BODY
    )
    assert document(text).unit == "农业农村局"  # the source field, as today


def test_a_portal_above_a_funds_title_is_no_holder():
    text = "无障碍 | 长者模式\n青岚县人民政府\n2031年度耕地保护项目资金绩效自评报告\n" + BODY
    assert document(text).unit == UNNAMED


def test_a_sentence_above_a_funds_title_is_no_holder():
    text = "现将有关情况报告如下,请青岚县财政局\n2031年度耕地保护项目资金绩效自评报告\n" + BODY
    assert document(text).unit != "现将有关情况报告如下,请青岚县财政局"


# -- a title line opening on its unit, then the fund's name, then the year ------------------


def test_a_school_heading_its_funds_title_line_is_the_unit():
    text = (
        "无障碍 | 长者模式\n青岚市第三中学学生营养改善计划省级补助资金2031年度绩效自评报告\n" + BODY
    )
    assert document(text).unit == "青岚市第三中学"


def test_a_funds_title_line_opening_on_no_unit_names_none():
    text = "无障碍 | 长者模式\n青岚市学生营养改善计划省级补助资金2031年度绩效自评报告\n" + BODY
    assert document(text).unit == UNNAMED


def test_a_sentence_naming_such_a_report_names_no_unit():
    text = (
        "无障碍 | 长者模式\n现将青岚市第三中学学生营养改善计划省级补助资金2031年度绩效自评报告"
        "的有关情况说明如下。\n" + BODY
    )
    assert document(text).unit != "青岚市第三中学"


# -- a timeliness indicator's year-end deadline states the fiscal year ----------------------

FORM = (
    "耕地保护补助资金区域绩效目标自评表\n\n专项名称\n\n耕地保护补助资金\n\n"
    "预算执行情况\n\n预算数:\n\n12.5\n\n执行数:\n\n12.5\n\n"
    "年度绩效指标完成情况\n\n产出指标\n\n时效指标\n\n指标1:耕地保护工作完成时限\n\n{due}\n\n{done}\n\n"
    "效益指标\n\n指标1:群众满意度\n\n90%\n\n95%\n"
)


def test_a_completion_indicator_due_at_a_years_end_states_the_year():
    text = FORM.format(due="2031年12月31日", done="2031年12月31日")
    assert document(text).year == 2031


def test_a_deadline_within_the_year_states_none():
    text = FORM.format(due="2031年6月30日", done="2031年6月30日")
    assert document(text).year is None


def test_deadlines_in_two_years_state_none():
    text = FORM.format(due="2031年12月31日", done="2032年12月31日")
    assert document(text).year is None


def test_a_year_the_form_states_comes_before_the_deadline():
    text = "2030年度" + FORM.format(due="2031年12月31日", done="2031年12月31日")
    assert document(text).year == 2030


# -- a leading group (领导小组) introduced as an organ is the unit; a verb is no place ------

GROUP = (
    "2031年度乡村振兴经费项目绩效自评报告\n一、项目概况\n(一)项目单位基本情况\n"
    "{intro}领导小组下设办公室,挂靠县委办公室,承担县委乡村振兴工作领导小组日常工作。\n"
) + BODY


def test_a_leading_group_introduced_as_an_organ_is_the_unit():
    intro = "县委乡村振兴工作领导小组是全县乡村振兴工作的议事协调机构。"
    assert document(GROUP.format(intro=intro)).unit == "县委乡村振兴工作领导小组"


def test_a_leading_group_set_up_for_the_evaluation_is_no_unit():
    intro = "我单位成立了绩效自评工作领导小组,对项目开展自评。"
    assert "领导小组" not in document(GROUP.format(intro=intro)).unit


def test_a_verb_before_a_relative_name_is_no_place():
    text = (
        "来源:县委宣传部\n2031年度宣传经费项目绩效自评报告\n主要工作:负责县委宣传部日常工作。\n"
        + BODY
    )
    assert document(text).unit == "县委宣传部"


# -- a 决算's running costs in a sentence opening on its year name the unit ----------------

ACCOUNTS_PAGE = (
    "(二)政府采购支出情况\n{sentence}\n"
    "我局政府采购支出总额21万元,其中政府采购服务支出21万元。\n"
    "七、一般公共预算财政拨款基本支出决算情况说明\n"
    "2031年度一般公共预算财政拨款基本支出300.5万元,其中人员经费250.5万元,公用经费50万元。\n"
    + "公用经费主要用于办公费、印刷费、水电费、邮电费、差旅费等日常运转开支。\n"
    * 12
)


def test_a_placed_units_running_costs_in_a_year_sentence_name_the_unit():
    sentence = "2031年,青岚县自然资源局机关运行经费财政拨款支出42.8万元,比上年减少3.1万元。"
    assert document(ACCOUNTS_PAGE.format(sentence=sentence)).unit == "青岚县自然资源局"


def test_a_relative_units_running_costs_name_no_unit():
    sentence = "2031年,县自然资源局机关运行经费支出42.8万元,比上年减少3.1万元。"
    assert document(ACCOUNTS_PAGE.format(sentence=sentence)).unit == UNNAMED


def test_running_costs_of_our_bureau_name_no_unit():
    sentence = "2031年,本局机关运行经费支出42.8万元,比上年减少3.1万元。"
    assert document(ACCOUNTS_PAGE.format(sentence=sentence)).unit == UNNAMED


# -- a division's duties opening the project's description name the unit it belongs to ------

PROJECT = "2031年度项目绩效自评报告\n(全县档案数字化经费)\n一、项目基本情况\n{duties}\n" + BODY


def test_a_divisions_duties_name_the_unit_it_belongs_to():
    duties = "县档案局数字化股主要负责全县档案数字化加工、检查验收和数据备份工作。"
    assert document(PROJECT.format(duties=duties)).unit == "县档案局"


def test_a_division_named_alone_names_no_unit():
    duties = "数字化股主要负责全县档案数字化加工、检查验收和数据备份工作。"
    assert document(PROJECT.format(duties=duties)).unit == UNNAMED


def test_our_bureaus_division_names_no_unit():
    duties = "本局数字化股主要负责全县档案数字化加工、检查验收和数据备份工作。"
    assert document(PROJECT.format(duties=duties)).unit == UNNAMED


def test_a_division_inside_a_sentence_names_no_unit():
    duties = "项目由县档案局数字化股负责实施,完成档案数字化加工。"
    assert document(PROJECT.format(duties=duties)).unit == UNNAMED
