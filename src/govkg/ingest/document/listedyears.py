"""A report whose first year is one of a list of years covers no single fiscal year
(thirty-sixth trial).

A tracking evaluation of a programme over two years opens on both: "2021年、2022年样例省分别
立项实施…", "2021年和2022年…资金共计…". Like a range (2019-2021年, which ``years`` reads as
none), the list says the text is about several years; its first is no more the report's
than its second, so the year is left unknown rather than guessed. Only the first year the
opening states is asked: a list later on (a comparison, a plan) leaves that year standing.

Money shared out by year is such a list too: "其中2021年3300万元,2022年9000万元" (bond
tranches of trial 46's 692, whose opening states no year of its own): each year has its
amount, none is the report's. Only a year followed at once by its amount and then the next
year is read so (2031年预算100万元,… names what the amount is and is not).

A department's 三公经费 of a year and the next, published together, is no such list: the
notes of 2011-2012 give the year's 决算 (or 实际支出) and the next year's budget side by side,
and the year they account for is the first: "公安部公布2010年和2011年的“三公经费”" (trial 53's
882, a news item relaying the ministry's note: 2010年…支出18136.48万元, 2011年…预算16865.24
万元). Only two years one apart, the 三公经费 right after them, are read so; 2021年和2022年…
资金 and years further apart stay a list.
"""

from __future__ import annotations

import re

from govkg.ingest.threepublic.words import QUOTED

__all__ = ["opens_a_list_of_years"]

_NEXT_YEAR = re.compile(r"\s*(?:、|和|及|与)\s*(?P<year>20\d\d)\s*年")
_NEXT_YEAR_S_AMOUNT = re.compile(
    r"\s*\d[\d,，.]*\s*(?:万|亿)?元\s*[,，、;；]\s*(?P<year>20\d\d)\s*年\s*\d[\d,，.]*\s*(?:万|亿)?元"
)
"""2021年3300万元,2022年9000万元: an amount for each year."""
_THREE_PUBLIC_AFTER = re.compile(rf"\s*度?\s*(?:的\s*)?{QUOTED}")
"""…2010年和2011年的“三公经费”: a note's accounted year and its next year's budget."""


def opens_a_list_of_years(head: str, year: re.Match) -> bool:
    """Whether the year ``year`` (a match ending after its 年 or 年度) is followed by another
    year it is listed with (2021年、2022年; 2021年和2022年; 2021年3300万元,2022年9000万元): a
    different year, not a repeat."""
    following = _NEXT_YEAR.match(head, year.end()) or _NEXT_YEAR_S_AMOUNT.match(head, year.end())
    consecutive = following and int(following["year"]) == int(year["year"]) + 1
    if consecutive and _THREE_PUBLIC_AFTER.match(head, following.end()):  # (trial 53's 882)
        return False
    return bool(following and following["year"] != year["year"])
