"""A report set out year by year under numbered headings: its year is the last heading's.

A bond's holder may disclose the bonds of several years at once, one numbered heading a year:
"一、2015年未使用当年发行的地方政府债券资金 / 二、2016年… / 三、2017年地方政府债券资金公开情况 /
四、2018年… / 五、2019年地方政府债券资金公开情况" (trial 65's 1347, read 2015: the first year the
opening states). The headings say the text covers every year from the first to the last, and
the corpus dates such a span by its last year (1171: 2019-2021 → 2021; 442: 2015—2018 → 2018;
692: the latest tranche), so the last heading's year is the report's.

Only where the text opens on such a heading and at least three headings of the same rank
(一、二、三…) each open on a year, one year after another with none skipped or repeated. Years
in the body, a list of years in a sentence (``listedyears``) and headings of years out of order
(a comparison) are no such run; the first year stated stands, or none.
"""

from __future__ import annotations

import re

__all__ = ["last_heading_year"]

_HEADING = re.compile(
    r"^[ \t\u3000]*(?P<rank>[一二三四五六七八九十]{1,3})[ \t\u3000]*[、.．][ \t\u3000]*"
    r"(?P<year>20\d\d)[ \t\u3000]*年",
    re.M,
)
_RANKS = "一二三四五六七八九十"
_YEAR = re.compile(r"(?P<year>20\d\d)[ \t\u3000]*年")
RUN = 3  # headings at least, one a year


def last_heading_year(head: str) -> re.Match | None:
    """The last year of the run of year headings the text opens on (see above); None where
    the text opens on no such run."""
    first = re.search(r"\S", head)
    found = list(_HEADING.finditer(head))
    if first is None or not found or found[0].start("rank") != first.start():
        return None
    run = [found[0]]
    for heading in found[1:]:
        last = run[-1]
        if _RANKS.find(heading["rank"]) != _RANKS.find(last["rank"]) + 1:
            break
        if int(heading["year"]) != int(last["year"]) + 1:
            return None  # out of order: a comparison, not a run
        run.append(heading)
    if len(run) < RUN:
        return None
    return _YEAR.match(head, run[-1].start("year"))
