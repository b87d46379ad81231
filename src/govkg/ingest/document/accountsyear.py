"""A news item on a 三公 note giving a year's 决算 and the next year's budget is of the
决算's year (trial 54).

The central organs' first 三公 notes (2011) published the year's accounts and the next
year's budget together, and the corpus reads such a note as of the year it accounts for
(``listedyears``: 公安部公布2010年和2011年的“三公经费”, trial 53's 882). A news item relaying
one often leads with the budget, the larger news: 国家中医药管理局日前公开“三公经费”,其中2011
年“三公经费”财政拨款预算数总计374.08万元,比2010年“三公经费”财政拨款决算数多了0.34万元 (trial
54's 929), then states the accounts: 2010年“三公经费”财政拨款决算数合计373.74,因公出国(境)费
200.00万元…. The first year it states is the budget's; the item is of 2010 all the same.

Read only in a news item (a reporter, a dateline, 相关新闻), and where it states a year's 三公
决算 (实际支出, 实际执行数) as a figure of its own, not as what a budget is compared with
(比2010年…决算数), and the next year's 三公 budget. A 三公 note that is no news item (the
corpus's 176: 2022 预算 then 2021 决算, read as of 2022, its publication) keeps the first year.

An item may date its years only as 去年 and 今年: 该部去年「三公经费」预算总额2668.9万元…实际
支出2604.1万元。…今年其「三公经费」预算合计数为2646万元,比2010年预算数减少22.9万元 (922, a
reporter's item with no year of its own). The year compared with 今年's budget is 去年 where
the text's own figures say so, 去年's budget being 今年's and the change (2646 + 22.9 =
2668.9): 去年 is 2010, and the item, giving 去年's 实际支出, is of 2010. Where the figures do
not agree, or 去年's accounts are not given, no year is read here.

The next year's budget may be said 今年's in an item dated that year (trial 61's 1222, dated
2013年08月01日: 今年陕西省省级“三公”经费预算较上年压缩了12%,…公开2012年“三公”经费实际支出 … 2012
年度省本级“三公”经费支出共计5.76亿元: read as of 2013, its date, before): 今年 is the date's
year, and the item, stating 2012's 实际支出, is of 2012. No date, no such year.
"""

from __future__ import annotations

import re

from govkg.ingest.threepublic.words import QUOTED

__all__ = ["accounts_year"]

_NEWS = re.compile(r"记\s*者|本报讯|本网讯|\d{1,2}\s*日\s*[电讯]|相关新闻")
_ACCOUNTS = re.compile(
    r"(?<![比较与对])(?P<year>20\d\d)\s*年度?[^。\n，,比较]{0,12}?" + QUOTED
    + r"[^。\n，,比较]{0,12}?(?:决\s*算|实\s*际\s*支\s*出|实\s*际\s*开\s*支|实\s*际\s*执\s*行)"
)
"""2010年“三公经费”财政拨款决算数…: a year's accounts, not a compared one's (比2010年…)."""
_BUDGET = re.compile(
    r"(?P<year>20\d\d)\s*年度?[^。\n，,]{0,20}?" + QUOTED + r"[^。\n]{0,16}?预\s*算"
)
_AMOUNT = r"(?P<{}>\d+(?:\.\d+)?)\s*万\s*元"
_LAST_YEAR = re.compile(
    r"去\s*年[^。\n]{0,6}?" + QUOTED + r"[^。\n]{0,8}?预\s*算[^。\n\d]{0,8}?"
    + _AMOUNT.format("last")
    + r"[^。\n]{0,40}?实\s*际\s*(?:支\s*出|开\s*支)"
)
"""去年「三公经费」预算总额2668.9万元(…),实际支出…: 去年's budget, and its accounts given."""
_THIS_YEAR = re.compile(
    r"今\s*年[^。\n]{0,6}?" + QUOTED + r"[^。\n]{0,8}?预\s*算[^。\n\d]{0,8}?"
    + _AMOUNT.format("this")
    + r"\s*[，,]?\s*比\s*(?P<year>20\d\d)\s*年\s*预\s*算\s*数?\s*(?P<way>减\s*少|增\s*加|少|多)"
    + r"\s*" + _AMOUNT.format("change")
)
"""今年其「三公经费」预算合计数为2646万元,比2010年预算数减少22.9万元."""
_THIS_BUDGET = re.compile(r"今\s*年[^。\n，,]{0,12}?" + QUOTED + r"[^。\n]{0,8}?预\s*算")
"""今年陕西省省级“三公”经费预算较上年压缩了12%: this year's 三公 budget, its year not written."""
_DATE = re.compile(r"(?P<year>20\d\d)\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|-\d{1,2}-\d{1,2})")
"""The item's date (2013年08月01日, 2013-08-01): the year its 今年 is."""


def accounts_year(head: str) -> re.Match | None:
    """The year (in the group ``year``) of a news item's 三公 accounts stated with the next
    year's budget, or dated by the text's own figures (see above); None elsewhere."""
    if not _NEWS.search(head):
        return None
    budgets = {int(found["year"]) for found in _BUDGET.finditer(head)}
    if _THIS_BUDGET.search(head) and (dated := _DATE.search(head)):
        budgets.add(int(dated["year"]))  # 今年…“三公”经费预算 dated 2013年08月01日 (trial 61)
    for found in _ACCOUNTS.finditer(head):
        if int(found["year"]) + 1 in budgets:
            return found
    last = _LAST_YEAR.search(head)
    this = _THIS_YEAR.search(head, last.end()) if last else None
    if last is None or this is None:
        return None
    sign = -1 if re.sub(r"\s", "", this["way"]) in ("减少", "少") else 1
    if abs(float(this["this"]) - sign * float(this["change"]) - float(last["last"])) < 0.005:
        return this
    return None
