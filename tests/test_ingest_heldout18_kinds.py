"""The kinds and units the eighteenth held-out trial (texts 224–230, 232) asked for, each
rule held on fictional text with a case it must not fire on."""

from __future__ import annotations

from fictional_text import document, kinds
from govkg.ingest.report import UNNAMED
from govkg.ingest.titlefragment import is_count
from govkg.ingest.titleunit import clean_title_unit

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
