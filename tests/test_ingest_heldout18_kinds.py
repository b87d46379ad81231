"""The kinds and units the eighteenth held-out trial (texts 224–230, 232) asked for, each
rule held on fictional text with a case it must not fire on."""

from __future__ import annotations

import pytest

from fictional_text import document, found, kinds
from govkg.core.errors import IngestError
from govkg.ingest.document.report import UNNAMED
from govkg.ingest.document.titlefragment import is_count
from govkg.ingest.document.titleunit import clean_title_unit
from govkg.ingest.extract import extract

# -- units --------------------------------------------------------------------------------------

COUNTED_TITLE = (
    "2024年03月19日 星期二 |\n\n"
    "青岚县2021年8个重点项目绩效评价报告公开\n\n"
    "来源:青岚县财政局 日期:2023-04-12 17:16:42\n\n"
    "1、某某村道路建设项目。2021年下达财政专项扶贫资金197万元,实际已支付186.98万元。\n"
)


def test_a_count_in_a_title_is_no_unit_and_the_publisher_names_it():
    doc = document(COUNTED_TITLE)
    assert doc.unit == "青岚县财政局"
    assert doc.year == 2021


def test_a_count_with_chinese_numerals_is_no_unit_either():
    text = COUNTED_TITLE.replace("8个重点项目", "十个重点项目").replace(
        "来源:青岚县财政局 日期:2023-04-12 17:16:42", ""
    )
    assert document(text).unit == UNNAMED


def test_a_count_is_only_a_number_and_its_measure_word():
    assert is_count("10个重点")
    assert is_count("三项重点")
    assert is_count("两批")
    assert not is_count("三门峡市财政局")  # a place opening on a numeral
    assert not is_count("五大连池市林业局")
    assert not is_count("项城市财政局")  # 项 alone opens a place's name
    assert clean_title_unit("青岚县第一中学") == "青岚县第一中学"
    assert clean_title_unit("10个重点") == ""


ACCOUNTS = "青岚市某某协会\n2020年度部门决算情况说明\n"
PROJECT = "青岚市某某局2023年某某补助资金项目支出绩效自评报告\n"


# -- kinds: a change after 较上年决算数, a rate per vehicle ---------------------------------------


def test_a_bare_decrease_after_last_years_accounts_is_a_change():
    text = ACCOUNTS + "2.收入情况。2020年度收入合计435.82万元,较上年决算数减65.62万元,下降13.1%。\n"
    assert kinds(text) == [("435.82万元", "REVENUE"), ("65.62万元", "CHANGE")]
    text = ACCOUNTS + "支出合计387.82万元,比上年预算数增12万元。\n"
    assert kinds(text)[-1] == ("12万元", "CHANGE")


def test_accounts_compared_without_a_change_word_stay_as_read():
    text = ACCOUNTS + "2020年度支出合计387.82万元,上年决算数412万元。\n"
    assert kinds(text) == [("387.82万元", "SPENDING"), ("412万元", "SPENDING")]


def test_an_average_per_vehicle_is_a_rate():
    text = ACCOUNTS + "(2)公务车保有量3辆,全年运行维护费支出5.28万元,平均每辆1.76万元。\n"
    assert kinds(text) == [("5.28万元", "SPENDING"), ("1.76万元", "PRICE_OR_RATE")]
    text = ACCOUNTS + "全年运行维护费支出5.28万元,其中燃料费1.76万元。\n"
    assert kinds(text)[-1] == ("1.76万元", "SPENDING")


# -- a government's report on its accounts; the level after a change ---------------------------

GOVERNMENT = (
    "[ 发布机构 ] | 青岚区财政局 | [ 发布日期 ] | 2021-10-14 |\n"
    "青岚市青岚区人民政府关于2020年财政决算的报告\n"
    "——2021年9月27日在区人大常委会会议上\n"
    "一、全区收支决算情况\n"
    "2020年全区一般公共预算收入42,342万元,收入总计119,662万元。"
    "债务还本支出与2020年执行数相比增加13万元。相应结转下年减少13万元,为11,505万元。\n"
)


def test_a_governments_report_on_its_accounts_names_its_unit():
    doc = document(GOVERNMENT)
    assert doc.unit == "青岚市青岚区人民政府"
    assert doc.genre == "部门决算"
    assert doc.year == 2020


def test_a_level_between_the_year_and_the_report_is_no_unit():
    text = GOVERNMENT.replace("人民政府关于2020年财政决算", "财政局关于2020年区级财政决算")
    with pytest.raises(IngestError):  # no title of the family: 区级 is never read as a unit
        document(text)


def test_a_news_sentence_naming_the_report_is_no_title():
    text = "区人大常委会听取了青岚区人民政府关于2020年财政决算的报告,会议指出,收入总计119,662万元。\n"
    with pytest.raises(IngestError):
        document(text)


def test_the_level_after_a_change_has_its_subjects_kind():
    assert kinds(GOVERNMENT)[-3:] == [
        ("13万元", "CHANGE"),
        ("13万元", "CHANGE"),
        ("11,505万元", "CARRY_OVER"),
    ]


def test_a_level_whose_subject_names_no_kind_is_unread_never_a_change():
    text = ACCOUNTS + "公务接待费减少2万元,为3万元。收入较上年决算数减少10万元,为100万元。\n"
    assert kinds(text) == [
        ("2万元", "CHANGE"),
        ("3万元", None),
        ("10万元", "CHANGE"),
        ("100万元", "REVENUE"),  # 较上年决算数: the year compared with, not the figure
    ]


def test_an_amount_after_a_change_and_other_words_is_read_by_them():
    text = ACCOUNTS + "结转下年减少13万元,主要是支付工程款50万元。\n"
    assert kinds(text) == [("13万元", "CHANGE"), ("50万元", "SPENDING")]


# -- a balance table's two sides ---------------------------------------------------------------

BALANCE = GOVERNMENT + (
    "表1:收支决算平衡表\n"
    "单位:万元\n"
    "收入 |\n执行数 |\n决算数 |\n支出 |\n执行数 |\n决算数 |\n"
    "总计 |\n119,662 |\n119,662 |\n总计 |\n119,662 |\n119,662 |\n"
    "一般公共预算收入 |\n42,342 |\n42,342 |\n一般公共预算支出 |\n96,979 |\n96,979 |\n"
    "调入资金 |\n1,200 |\n1,200 |\n结转下年 |\n11,505 |\n11,505 |\n"
)


def _cells(text: str) -> list[tuple[str, str | None]]:
    return [(w, k) for w, k, _, r in found(text) if "万" not in w]


def test_a_balance_tables_revenue_side_is_revenue():
    assert _cells(BALANCE) == [
        ("119,662", "REVENUE"),
        ("119,662", "REVENUE"),
        ("119,662", "SPENDING"),
        ("119,662", "SPENDING"),
        ("42,342", "REVENUE"),
        ("42,342", "REVENUE"),
        ("96,979", "SPENDING"),
        ("96,979", "SPENDING"),
        ("1,200", None),  # 调入资金: its side is not shown by its words
        ("1,200", None),
        ("11,505", "CARRY_OVER"),
        ("11,505", "CARRY_OVER"),
    ]


def test_a_one_sided_table_of_execution_stays_spending():
    text = BALANCE.replace("收入 |\n执行数 |\n决算数 |\n支出 |\n", "项目 |\n执行数 |\n决算数 |\n项目 |\n")
    assert {k for _, k in _cells(text)} == {"SPENDING"}


def test_a_two_sided_tables_budget_column_stays_a_budget():
    text = BALANCE.replace("执行数 |", "年初预算数 |").replace("决算数 |", "调整预算数 |")
    assert {k for _, k in _cells(text)} == {"BUDGET"}


# -- what was to be executed; money paid out; the sources of money received --------------------


def test_what_was_to_be_executed_is_the_budget():
    text = PROJECT + (
        "2023年省级下拨某某护理费3.89万元;市级下拨某某护理费3.89万元;"
        "全年应执行数为7.79万元,实际执行率为100%。\n"
    )
    assert kinds(text) == [
        ("3.89万元", "REVENUE"),
        ("3.89万元", "REVENUE"),
        ("7.79万元", "BUDGET"),
    ]


def test_what_was_executed_stays_spending():
    text = PROJECT + "全年预算数为7.79万元,全年执行数为7.5万元,执行率为96.28%。\n"
    assert kinds(text) == [("7.79万元", "BUDGET"), ("7.5万元", "SPENDING")]


def test_money_paid_out_is_spending_whatever_the_name_of_what_was_paid():
    text = PROJECT + "1.数量指标。300名服务对象发放补助金2126.81万元,改善基本生活。\n"
    assert kinds(text) == [("2126.81万元", "SPENDING")]
    text = PROJECT + "为青岚镇困难群众发放生活补贴资金12万元。\n"
    assert kinds(text) == [("12万元", "SPENDING")]


def test_money_to_be_paid_out_or_handed_down_for_paying_is_not_spent():
    text = PROJECT + "计划发放补助金20万元。下达发放补助资金50万元。发放补助资金预算30万元。\n"
    planned, handed_down, budgeted = (k for _, k in kinds(text))
    assert planned != "SPENDING"  # a plan, read by its other words, never as paid out
    assert (handed_down, budgeted) == ("BUDGET", "BUDGET")
    text = PROJECT + "为按时发放补助,收到市级补助资金50万元。\n"
    assert kinds(text) == [("50万元", "REVENUE")]


def test_the_sources_listed_after_money_received_are_received():
    text = PROJECT + (
        "为保障优抚对象基本生活,2023年收到中央下达优抚对象生活补助资金1372.7万元,"
        "自治区下达98.6万元,地方匹配859.6万元。\n"
    )
    assert [k for _, k in kinds(text)] == ["REVENUE", "REVENUE", "REVENUE"]


def test_a_handed_down_amount_after_spending_or_with_no_receipt_stays_a_budget():
    text = PROJECT + "2023年收到中央补助资金100万元,支出80万元,省级下达20万元。\n"
    assert [k for _, k in kinds(text)] == ["REVENUE", "SPENDING", "BUDGET"]
    text = PROJECT + "2023年中央下达补助资金100万元,自治区下达20万元。\n"
    assert [k for _, k in kinds(text)] == ["BUDGET", "BUDGET"]


# -- the items of a list a colon opens -----------------------------------------------------------

LEAD_LIST = PROJECT + (
    "(二)专项立项情况\n"
    "2022年财政预算我单位专项资金:青岚免疫规划经费36.4万元、非税\n"
    "成本17万元、饮用水监测6.4万元、疾病防控等39.11万元。\n"
)


def test_the_items_of_a_list_have_the_kind_its_lead_names():
    assert kinds(LEAD_LIST) == [
        ("36.4万元", "BUDGET"),  # 规划经费: the item's name, not money spent
        ("17万元", "BUDGET"),  # 非税\n成本: a line break inside the item's name
        ("6.4万元", "BUDGET"),
        ("39.11万元", "BUDGET"),
    ]


def test_a_list_whose_items_name_their_own_kinds_is_read_by_them():
    text = PROJECT + "2022年专项资金预算执行:青岚免疫规划支出36.4万元、结余2万元。\n"
    assert kinds(text) == [("36.4万元", "SPENDING"), ("2万元", "CARRY_OVER")]


def test_a_lead_with_no_kind_or_a_total_gives_none():
    text = PROJECT + "专项资金主要用于:青岚免疫规划经费36.4万元、饮用水监测6.4万元。\n"
    assert kinds(text)[0] == ("36.4万元", "SPENDING")  # as read before: the lead says nothing
    text = PROJECT + "预算资金共42.8万元,其中:青岚免疫规划经费36.4万元、饮用水监测6.4万元。\n"
    assert [k for _, k in kinds(text)] == ["BUDGET", "BUDGET", "BUDGET"]  # its total's


def test_a_line_break_that_ends_a_sentence_or_opens_a_heading_ends_the_list():
    text = LEAD_LIST.replace("、非税\n成本17万元", "。\n(三)成本17万元")
    assert kinds(text)[1] == ("17万元", None)


def test_the_verb_xiada_stays_whole_in_a_label():
    text = PROJECT + "2023年收到中央资金100万元,自治区下达98.6万元,总额达198.6万元。\n"
    labels = [m.label for m in extract(text, "f.txt").money]
    assert labels[1] == "自治区下达"
    assert labels[2] == "总额"  # 达 alone is a connective, dropped


# -- numbered lines a colon introduces ----------------------------------------------------------

NOTE = (
    "青岚市某某局2018年“三公”经费预算情况说明\n"  # the title and the body disagree
    "“三公”经费包括因公出国(境)费、公务用车购置及运行维护费和公务接待费。"
    "2017年青岚市某某局财政拨款“三公”经费支出合计13.78万元,比上年减少15万元。具体情况如下:\n"
    "1、因公出国(境)费用0万元,比去年减少15万元,原因是没有出境活动。\n"
    "2、公务接待费8.5万元,与去年持平,严格控制经费支出。\n"
)


def test_numbered_lines_after_a_colon_are_the_paragraph_of_their_total():
    assert kinds(NOTE)[-1] == ("8.5万元", "SPENDING")


def test_a_line_between_that_is_no_item_ends_the_paragraph():
    text = NOTE.replace("2、公务接待费", "各单位严格执行规定。\n2、公务接待费")
    assert kinds(text)[-1] == ("8.5万元", None)
    text = NOTE.replace("具体情况如下:", "具体情况如下。")
    assert kinds(text)[-1] == ("8.5万元", None)
