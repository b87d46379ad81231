"""A report whose first year is one of a list of years covers no single fiscal year
(thirty-sixth trial).

A tracking evaluation of a programme over two years opens on both: "2021年、2022年样例省分别
立项实施…", "2021年和2022年…资金共计…". Like a range (2019-2021年, which ``years`` reads as
none), the list says the text is about several years; its first is no more the report's
than its second, so the year is left unknown rather than guessed. Only the first year the
opening states is asked: a list later on (a comparison, a plan) leaves that year standing.
"""

from __future__ import annotations

import re

__all__ = ["opens_a_list_of_years"]

_NEXT_YEAR = re.compile(r"\s*(?:、|和|及|与)\s*(?P<year>20\d\d)\s*年")


def opens_a_list_of_years(head: str, year: re.Match) -> bool:
    """Whether the year ``year`` (a match ending after its 年 or 年度) is followed by another
    year it is listed with (2021年、2022年; 2021年和2022年): a different year, not a repeat."""
    following = _NEXT_YEAR.match(head, year.end())
    return bool(following and following["year"] != year["year"])
