"""The fiscal year of central organs' 三公 notes and news items (trial 55): a spam mirror's
list of market-research reports on sale after the note (• 2018-2023年KTV…市场调研及发展前景
分析报告) is no range of the note's years (962, read unknown before); a year written bare
before the 决算 it dates (…“三公”经费2010决算支出和2011年预算情况) is the item's year, the
accounts' (967, read as the budget's 2011 before). A report's own range of years, a line
naming a 行业 with no research report's words, and digits of an amount before 预算 stay as
they were."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.ingest.document.reportlist import in_report_list_line
from govkg.ingest.document.years import stated_year

NOTE = (
    "国家样例局“三公经费”财政拨款情况说明\n"
    "一、国家样例局基本情况\n"
    "国家样例局“三公经费”预算单位包括局本级和所属单位,截止2030年底,共有在职人员3585人。\n"
    "二、因公出国(境)费情况\n"
    "2030年预算1523.77万元,实际执行1313.49万元。2031年预算1603.77万元。\n"
    "(来源:中国政府网)\n"
)
WARES = (
    "• 中国角型毛巾架行业运营态势与投资潜力研究报告(2028-2033)\n"
    "• 2028-2033年KTV专用触摸屏市场调研及发展前景分析报告\n"
    "• 中国回流式高细度粉碎机市场深度调研与发展趋势预测报告(2028-2033)\n"
)


def test_a_mirror_s_market_reports_on_sale_state_no_year_of_the_note():
    assert document(NOTE + WARES).year == 2030


def test_the_same_range_in_the_note_s_own_words_leaves_the_year_unknown():
    text = NOTE.replace("截止2030年底", "2028-2033年间")
    text = text.replace("2030年预算1523.77万元", "预算1523.77万元").replace("2031年预算", "预算")
    assert document(text).year is None


@pytest.mark.parametrize(
    ("line", "wares"),
    [
        ("• 2028-2033年KTV专用触摸屏市场调研及发展前景分析报告", True),
        ("• 中国直接挡轴市场深度研究及投资前景分析报告(2031-2033)", True),
        ("样例县某某行业协会2031年度部门决算", False),  # a trade's own body
        ("2028-2033年样例市产业发展专项资金绩效评价报告", False),  # a report of the family
    ],
)
def test_which_lines_are_market_reports_on_sale(line, wares):
    assert in_report_list_line(line, 2) is wares


def test_a_year_written_bare_before_its_accounts_is_the_item_s():
    text = (
        "8日,财政部公布了样例本级“三公”经费2030决算支出和2031年预算情况:2031年样例本级“三公”"
        "经费财政拨款预算94.28亿元。与2030年决算数相比,2031年预算减少0.42亿元。\n"
    )
    found = stated_year(text)
    assert found is not None
    assert found["year"] == "2030"


@pytest.mark.parametrize(
    "text",
    [
        "样例局2031年“三公”经费预算数为1,2030预算外资金另计。\n",  # digits of an amount
        "样例局2031年“三公”经费预算数为2030.5预算单位另计。\n",
    ],
)
def test_an_amount_s_digits_before_a_budget_are_no_year(text):
    found = stated_year(text)
    assert found is not None
    assert found["year"] == "2031"
