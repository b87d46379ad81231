"""A news item's 今年 is the year of its date: "上海今年“三公经费”10.5亿元 预算与上年持平" over
"2013年01月28日 18:51 来源:新民网" (trial 52's 876, a news item relaying a city's 2013 三公
budget, read 2012 from the 2012年度…决算 it says is published later).

A news item names the year it reports on by 今年 in its headline, and dates itself on the
line under it (2013年01月28日, 2013-01-28). Where the headline, its first line, says 今年 of
the 三公经费 or a budget (预算), and a date follows within the next two lines, the year is the
date's. A headline without 今年, 今年 only in the body, a date further down, or a date alone
read nothing here: the opening's stated year is asked as before.

Its lead may say it instead (trial 56's 1030, a mirror of a news item on 南京's 2014 三公
budget: headline 南京市级“三公”预算3.68亿元 公车费占7成, date line 01.10.2014  11:56, lead
昨天(9月30日),南京市财政局网站如约公布了今年的南京市级“三公”经费预算): where the text states
no year at all (``lead_this_year`` is asked after the opening's stated year), a sentence of its
opening that says 今年 of the 三公经费 or a budget, in its own clause, is of the year of the
item's own date line, within the two lines under its headline as above, in any of the forms
the corpus's news items date themselves with: 2013年01月28日, 2013-01-28 and, on one
mirror's copies, the day first, 17.04.2015  19:27 (the corpus's 949, 993, 998). A date
further down (a page's footer, a quoted notice's), a 今年 of something else (今年植树…) and a
text with no date line read nothing.
"""

from __future__ import annotations

import re

__all__ = ["lead_this_year", "this_year"]

_HEADLINE = re.compile(r"\A\s*(?P<line>[^\n]*今年[^\n]*(?:三公|预算)[^\n]*)\n")
_DATE = re.compile(
    # the day first on a mirror's copies of news items: 01.10.2014  11:56 (trial 56's 1030)
    r"^[ \t\u3000]*(?:\d{1,2}\.\d{1,2}\.)?(?P<year>20\d\d)"
    r"(?:(?<=\.20\d\d)(?![\d.])"
    r"|[ \t]*(?:年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日|-\d{1,2}-\d{1,2}))",
    re.M,
)
_LEAD = re.compile(r"今年[^。！？!?；;\n]{0,30}?(?:三\s*公|预\s*算)")
"""今年的南京市级“三公”经费预算, 今年部门预算: 今年 of the 三公 or a budget in its clause."""


def this_year(head: str) -> re.Match | None:
    """The date (its year in the group ``year``) a news headline's 今年 is of (see above);
    None where the headline says no 今年 or no date follows it."""
    headline = _HEADLINE.match(head)
    if headline is None:
        return None
    return _dated(head, headline.end())


def lead_this_year(head: str) -> re.Match | None:
    """The item's own date line (see above) where a sentence of ``head`` (simplified, the
    text's opening) says 今年 of the 三公 or a budget; None where none says it or no date
    is right under the headline. Asked only where the text states no year."""
    headline = re.match(r"\s*[^\n]*\S[^\n]*\n", head)
    if headline is None or not _LEAD.search(head):
        return None
    return _dated(head, headline.end())


def _dated(head: str, start: int) -> re.Match | None:
    """The date (its year in the group ``year``) in the two lines from ``start``."""
    below = head.find("\n", start)
    below = head.find("\n", below + 1) if below >= 0 else -1
    return _DATE.search(head, start, below if below >= 0 else len(head))
