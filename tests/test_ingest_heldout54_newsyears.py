"""The fiscal year of a news item relaying a central organ's 三公 note (trial 54: 929 read
2011, 922 read no year): an item giving a year's 三公 决算 and the next year's budget is of
the 决算's year though it leads with the budget; an item saying only 去年 and 今年 is of 去年,
dated by the year its 今年 budget is compared with where its own figures agree (今年's
budget and the change give 去年's). A 三公 note that is no news item keeps its first year;
figures that do not agree, or no 决算 stated, read no year here."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.ingest.document.accountsyear import accounts_year

LEADING_WITH_BUDGET = (
    "国家样例管理局日前公开“三公经费”,其中2031年“三公经费”财政拨款预算数总计374.08万元,"
    "比2030年“三公经费”财政拨款决算数多了0.34万元,基本持平。\n"
    "数据显示,2030年“三公经费”财政拨款决算数合计373.74万元,因公出国(境)费200.00万元,"
    "公务用车购置及运行费92.74万元,公务接待费81.00万元。\n"
)


def test_a_news_item_leading_with_the_budget_is_of_the_accounts_year():
    note = document(f"■ 相关新闻\n样例局“三公”预算与去年持平\n{LEADING_WITH_BUDGET}(记者某某)\n")
    assert note.year == 2030


def test_a_note_that_is_no_news_item_keeps_its_first_year():
    """The corpus's 176: 2022 预算 then 2021 决算, read as of 2022."""
    text = (
        "一、2031年“三公”经费预算安排情况\n2031年度“三公”经费预算总计21.8万元,其中:公务接待"
        "11.8万元,公务用车运行费用10万元。\n二、2030年“三公”经费决算情况\n2030年度“三公”经费"
        "合计支出20.12万元,其中:公务接待12.39万元,公务用车运行费用7.73万元。\n"
    )
    assert accounts_year(text) is None
    assert document(text).year == 2031


RELATIVE = (
    "【本报记者某某北京22日电】国家样例部昨日发布「三公经费」情况说明。数据显示,该部去年"
    "「三公经费」预算总额2668.9万元(人民币,下同),实际支出2604.1万元。其中,因公出国(境)费"
    "支出861.46万元。\n样例部还公布称,今年其「三公经费」预算合计数为2646万元,比2030年预算数"
    "{way}{change}万元。\n"
)


def test_an_item_saying_only_last_year_is_dated_by_its_own_figures():
    note = document(RELATIVE.format(way="减少", change="22.9"))
    assert note.year == 2030


@pytest.mark.parametrize(
    ("way", "change"),
    [
        ("减少", "20"),  # 2646 + 20 is not 2668.9: 2030 need not be 去年
        ("增加", "22.9"),  # 2646 - 22.9 neither
    ],
)
def test_figures_that_do_not_agree_date_nothing(way, change):
    assert accounts_year(RELATIVE.format(way=way, change=change)) is None


def test_a_news_item_with_budgets_only_is_not_read_here():
    text = (
        "中新网4月17日电 样例部今日发布2031年部门预算,2031年“三公经费”预算数为2891.57万元,"
        "比2030年“三公经费”预算增加900万元。\n"
    )
    assert accounts_year(text) is None


def test_the_year_of_the_accounts_is_the_one_stated_not_the_compared_one():
    head = f"(记者某某)\n{LEADING_WITH_BUDGET}"
    found = accounts_year(head)
    assert found is not None
    assert found["year"] == "2030"
    assert head[: found.start()].endswith("数据显示,")  # not 比2030年…决算数 before it
