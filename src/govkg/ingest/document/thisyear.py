"""A news item's 今年 is the year of its date: "上海今年“三公经费”10.5亿元 预算与上年持平" over
"2013年01月28日 18:51 来源:新民网" (trial 52's 876, a news item relaying a city's 2013 三公
budget, read 2012 from the 2012年度…决算 it says is published later).

A news item names the year it reports on by 今年 in its headline, and dates itself on the
line under it (2013年01月28日, 2013-01-28). Where the headline, its first line, says 今年 of
the 三公经费 or a budget (预算), and a date follows within the next two lines, the year is the
date's. A headline without 今年, 今年 only in the body, a date further down, or a date alone
read nothing here: the opening's stated year is asked as before.
"""

from __future__ import annotations

import re

__all__ = ["this_year"]

_HEADLINE = re.compile(r"\A\s*(?P<line>[^\n]*今年[^\n]*(?:三公|预算)[^\n]*)\n")
_DATE = re.compile(
    r"^[ \t\u3000]*(?P<year>20\d\d)[ \t]*(?:年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日"
    r"|-\d{1,2}-\d{1,2})",
    re.M,
)


def this_year(head: str) -> re.Match | None:
    """The date (its year in the group ``year``) a news headline's 今年 is of (see above);
    None where the headline says no 今年 or no date follows it."""
    headline = _HEADLINE.match(head)
    if headline is None:
        return None
    below = head.find("\n", headline.end())
    below = head.find("\n", below + 1) if below >= 0 else -1
    return _DATE.search(head, headline.end(), below if below >= 0 else len(head))
