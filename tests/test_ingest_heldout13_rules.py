"""The rules the thirteenth held-out trial (texts 179–188) asked for, each held on fictional
text with a case it must not fire on: a 三公 note known only by its announcing sentence
(现将X2020年度“三公”经费决算情况公布如下) is read, not refused, and its unit is the one that
sentence names (or a town opening its 三公 sentence); a derived total nothing hangs under is
left out; a 三公 item's difference from its budget is a change; a unit introduced by 我; a
publisher named relative to its place, written placed in the title; a transfer form's
地方主管部门 where the money's user is a company; a bound (≥150万元) is a target; 计划到位 is
planned; a 三公 note's title says its items are spending; 共计 between an item and its figure.
"""

from __future__ import annotations

import pytest

from fictional_text import document, kinds
from govkg.core.errors import IngestError
from govkg.ingest.extract import extract
from govkg.ingest.kinds.bracketitems import left_out

# -- class 1: a 三公 note known by its body's sentence ------------------------------------------

ANNOUNCED = (
    "按照上级关于政府信息公开工作的要求,现将样例镇2020年度“三公”经费决算情况公布如下:\n"
    "2020年度“三公”经费30万元,其中:因公出国(境)费0万元,公务用车运行维护费18万元,"
    "公务接待费12万元。\n"
)


def test_a_三公_note_known_only_by_its_announcing_sentence_is_read():
    doc = document(ANNOUNCED)
    assert doc.unit == "样例镇"
    assert doc.year == 2020


def test_the_announcing_sentence_without_money_is_refused():
    text = "现将样例镇2020年度“三公”经费决算情况公布如下:\n(详见附件)\n"
    with pytest.raises(IngestError):
        document(text)


def test_a_pronoun_in_the_announcing_sentence_names_no_unit():
    text = ANNOUNCED.replace("现将样例镇2020年度", "现将我局2020年度")
    assert "我局" not in document(text).unit
    assert not document(text).unit_named


def test_a_news_item_on_三公_with_no_such_sentence_is_still_refused():
    text = "样例新闻:各单位今年压减三公经费,共节约资金30万元。\n"
    with pytest.raises(IngestError):
        document(text)


def test_a_town_opening_its_三公_sentence_is_the_note_s_unit():
    text = "样例乡2020年“三公”经费决算数共计20万元,比上年决算数字下降10%。\n"
    assert document(text).unit == "样例乡"


def test_a_whole_area_opening_a_三公_sentence_is_no_sign_and_no_unit():
    text = "全镇2020年“三公”经费决算数共计20万元,比上年决算数字下降10%。\n"
    with pytest.raises(IngestError):
        document(text)
    text += "比上年预算数下降5%。\n"  # the genre's budget words: read, its unit unnamed
    assert "全镇" not in document(text).unit


def test_an_untitled_三公_note_has_no_childless_derived_total():
    lines = extract(ANNOUNCED, "f.txt").lines
    parents = {line.parent for line in lines}
    assert not [x for x in lines if x.derived == "sum" and x.key not in parents]


# -- class 3: a 三公 item's difference from its budget ---------------------------------------------


def test_a_三公_item_s_difference_from_its_budget_is_a_change():
    text = ANNOUNCED + "公务接待费12万元,较上年减少2万元,较年初预算数减少1万元。\n"
    assert kinds(text)[-2:] == [("2万元", "CHANGE"), ("1万元", "CHANGE")]


def test_an_outcome_s_difference_from_the_budget_stays_other():
    text = (
        "样例市样例局2021年度部门决算说明\n一、收入支出决算总体情况\n"
        "财政拨款本年收入100万元,比年初预算减少20万元。\n"
    )
    assert ("20万元", "OTHER") in kinds(text)


# -- class 2: units ------------------------------------------------------------------------------

OURS = (
    "样例项目绩效自评报告\n一、项目基本情况\n"
    "年初预算安排我样例养护中心2021年样例道路项目50万元,实际下达预算指标50万元。\n"
)


def test_a_unit_introduced_by_我_is_the_report_s_unit():
    assert document(OURS).unit == "样例养护中心"


@pytest.mark.parametrize("pronoun", ["我县样例局", "我中心", "我单位样例"])
def test_a_place_or_a_bare_organisation_word_after_我_is_no_unit(pronoun):
    text = OURS.replace("我样例养护中心", pronoun)
    assert not document(text).unit_named


def test_two_names_after_我_name_no_unit():
    text = OURS + "我样例服务中心配合实施。\n"
    assert not document(text).unit_named


RELATIVE = (
    "样例县委宣传部2021年度样例合作资金支出绩效自评报告\n"
    "发布时间:2022-01-01 来源:县委宣传部\n一、项目基本情况\n项目经费共计30万元。\n"
)


def test_a_relative_publisher_written_placed_in_the_title_is_named_in_full():
    assert document(RELATIVE).unit == "样例县委宣传部"


def test_a_relative_publisher_with_two_places_before_it_stays_as_written():
    text = RELATIVE + "他例县委宣传部协办。\n"
    assert document(text).unit == "县委宣传部"


FORM = (
    "中央补助地方样例专项资金转移支付区域(项目)绩效自评表\n( 2025 年度)\n"
    "省级主管部门 中共样例省委宣传部\n"
    "地方主管部门 中共样例市样例区委宣传部 资金使用单位 样例市样例放映有限公司\n"
    "资金投入情况\n(万元) 全年预算数( A ) 全年执行数( B )\n年度资金总额: 4 4\n"
)


def test_a_transfer_form_s_local_supervisor_is_its_unit_where_a_company_uses_the_money():
    assert document(FORM).unit == "中共样例市样例区委宣传部"


def test_a_transfer_form_whose_money_a_unit_uses_names_no_supervisor():
    text = FORM.replace("样例市样例放映有限公司", "样例市样例文化馆")
    assert "宣传部" not in document(text).unit


# -- class 3: kinds --------------------------------------------------------------------------------


def test_an_amount_after_a_bound_is_a_target():
    text = FORM + "经济效益指标 营业收入 ≥100万元 120万元 5 5\n"
    assert kinds(text)[-2:] == [("100万元", "PLANNED"), ("120万元", "REVENUE")]


def test_a_bound_on_the_economy_keeps_its_reading():
    text = FORM + "经济效益指标 营业额 ≥100万元 120万元 5 5\n"
    assert kinds(text)[-2][1] == "OTHER"


def test_计划到位_is_planned_and_实际到位_received():
    text = (
        "样例项目支出绩效自评报告\n一、项目资金投入\n"
        "2021年计划到位资金30万元,实际到位资金25万元。\n"
    )
    assert kinds(text) == [("30万元", "PLANNED"), ("25万元", "REVENUE")]


SPENT_NOTE = (
    "样例镇2015年“三公”经费支出说明\n一、因公出国(境)经费\n"
    "2015年因公出国(境)费0万元,与2014年决算数持平。\n二、公务接待费\n"
    "2015年公务接待费5.5万元,较2014年决算数下降5%。\n三、公务用车购置及运行维护费\n"
    "2015年公务用车购置及运行维护费共计8万元,较2014年决算数下降2%。\n"
)


def test_the_items_of_a_note_titled_as_spending_are_spending():
    assert kinds(SPENT_NOTE) == [
        ("0万元", "SPENDING"),
        ("5.5万元", "SPENDING"),
        ("8万元", "SPENDING"),
    ]


def test_the_items_of_a_budget_note_are_not_read_as_spending():
    text = SPENT_NOTE.replace("“三公”经费支出说明", "“三公”经费预算情况说明")
    assert "SPENDING" not in {kind for _, kind in kinds(text)}


# -- years ---------------------------------------------------------------------------------------

CITED = (
    "(样例工作经费项目)\n一、项目基本情况\n"
    "根据2007年《中共样例市委专题会议纪要》07号决定,市财政每年安排10万元经费开展样例工作。\n"
    "二、项目绩效自评工作开展情况\n项目资金到位10万元,支出10万元。\n"
)


def test_a_year_right_before_a_cited_title_dates_that_document():
    assert document(CITED).year is None


def test_a_year_before_the_report_s_own_words_stays_its_year():
    text = CITED.replace(
        "(样例工作经费项目)\n", "(样例工作经费项目)\n2021年样例工作经费项目自评。\n"
    )
    assert document(text).year == 2021


# -- a project's 经费 in its overview ----------------------------------------------------------------

OVERVIEW = (
    "样例县样例局2021年度样例合作资金支出绩效自评报告\n一、项目基本情况\n(一)项目概况\n"
    "我局2021年与样例媒体合作,项目经费共计30万。主要包括与样例电视台合作,经费10万;"
    "与样例日报、他例日报合作,经费各10万。\n(二)项目资金使用情况\n全年支出经费28万元。\n"
)


def test_a_project_s_经费_in_its_overview_is_its_budget():
    assert kinds(OVERVIEW)[:3] == [("30万", "BUDGET"), ("10万", "BUDGET"), ("10万", "BUDGET")]


def test_经费_under_a_heading_of_use_or_said_as_used_stays_spending():
    assert kinds(OVERVIEW)[-1] == ("28万元", "SPENDING")
    text = OVERVIEW.replace("经费10万;", "已支出经费10万;")
    assert ("10万", "SPENDING") in kinds(text)


def test_the_items_in_a_bracket_after_an_item_s_amount_hang_under_that_item():
    lines = {
        line.name.lstrip("(（"): line
        for line in extract(
            ANNOUNCED.replace(
                "公务用车运行维护费18万元,",
                "公务用车购置及运行维护费18万元(公务用车购置费0万元、公务用车运行维护费18万元),",
            ),
            "f.txt",
        ).lines
    }
    owner = lines["公务用车购置及运行维护费"]
    assert lines["公务用车购置费"].parent == owner.key
    assert lines["公务用车运行维护费"].parent == owner.key
    assert lines["公务接待费"].parent == lines["“三公”经费"].key


def test_a_bracket_opened_after_words_names_no_owner():
    lines = {line.name: line for line in extract(ANNOUNCED, "f.txt").lines}
    assert lines["公务用车运行维护费"].parent == lines["“三公”经费"].key


@pytest.mark.parametrize("words", ["未含", "不含", "不包括", " 未包含"])
def test_money_a_bracket_says_is_left_out_hangs_under_neither_the_item_nor_its_group(words):
    """Trial 55's 960: 公务接待费108.53万元(未含外事接待费支出728.50万元)."""
    text = ANNOUNCED.replace("公务接待费12万元", f"公务接待费12万元({words}外事接待费支出40万元)")
    lines = {line.name: line for line in extract(text, "f.txt").lines}
    assert lines["外事接待费支出"].amount == 400000
    assert lines["外事接待费支出"].parent not in (lines["公务接待费"].key, lines["“三公”经费"].key)
    assert lines["公务接待费"].parent == lines["“三公”经费"].key


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("公务接待费12万元(未含外事接待费4万元)", "未含"),
        ("公务接待费12万元(含外事接待费4万元)", None),  # what it holds: its part
        ("公务接待费12万元(不含)、会议费4万元", None),  # the bracket closed before the amount
        ("公务接待费12万元(其中不含税4万元)", None),  # words before the 不含
    ],
)
def test_only_a_bracket_opening_with_what_it_leaves_out_leaves_its_amount_out(text, words):
    assert left_out(text, 0, text.index("4万元")) == words


def test_a_transfer_form_s_rows_by_level_are_read_by_column():
    text = (
        FORM.replace("年度资金总额: 4 4\n", "").replace(
            "全年执行数( B )\n", "全年执行数( B ) 分值 预算执行率\n( B/A×100%) 得分\n"
        )
        + "年度资金总额: 6 6 10 100% 10\n其中:中央财政资金 6 6 ——\n地方财政资金 ——\n"
        "其他资金 ——\n资金管理情况 情况说明 分值 得分\n"
    )
    assert kinds(text) == [("6", "BUDGET"), ("6", "SPENDING"), ("6", "BUDGET"), ("6", "SPENDING")]


def test_a_level_row_with_no_figures_reads_nothing():
    text = FORM.replace("年度资金总额: 4 4\n", "") + "年度资金总额: 6 6\n中央财政资金 ——\n"
    assert kinds(text) == [("6", "BUDGET"), ("6", "SPENDING")]
