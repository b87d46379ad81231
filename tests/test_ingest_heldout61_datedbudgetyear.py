"""A 三公 news item stating a year's accounts and 今年's budget, dated the year after, is of the
accounts' year (trial 61's 1222, dated 2013年08月01日: 今年陜西省省級“三公”經費預算較上年壓縮了12%,
…公開2012年“三公”經費實際支出 … 2012年度省本級“三公”經費支出共計5.76億元: read as of 2013
before, now 2012). Pattern: ``document.accountsyear``'s accounts-with-next-budget, the budget's
year said 今年 and given by the item's date. Not without a date, not a date of another year, not
outside a news item. Test material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.accountsyear import accounts_year

NEWS = (
    "青岚省级103家单位将陆续公开去年三公经费支出\n样例网  {date}  来源:样例日报\n"
    "    记者从新闻发布会上获悉,今年青岚省省级“三公”经费预算较上年压缩了12%,省级103个部门将"
    "陆续向社会公开2035年“三公”经费实际支出。\n    经审核汇总,2035年度省本级“三公”经费支出共计"
    "5.76亿元,比2034年减少1.41亿元。其中:因公出国(境)费支出0.53亿元、公务接待费2.05亿元。\n"
)


def test_this_years_budget_dated_the_next_year_dates_the_accounts():
    text = NEWS.format(date="2036年08月01日 09时01分")
    assert accounts_year(text)["year"] == "2035"
    assert document(text).year == 2035


def test_no_date_or_another_years_date_reads_no_accounts_year():
    assert accounts_year(NEWS.format(date="")) is None
    assert accounts_year(NEWS.format(date="2037年08月01日")) is None
    not_news = NEWS.format(date="2036年08月01日").replace("记者从新闻发布会上获悉,", "")
    assert accounts_year(not_news.replace("样例日报", "样例")) is None
