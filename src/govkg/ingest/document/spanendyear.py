"""A report on a span of years, its status given as at the span's last year's end, is of that
year (trial 62's 1243).

A college's mid-term report on a three-year project (截至2021年年底,“双高计划”…年度任务全部完成
… 2019—2021年预算总资金18 189万元 … 2019—2021年总资金到位…) covers a range, so
``years.stated_year`` read no year. The corpus dates a span by its last year, the year a report
on it closes (``evaluatedspanyear``, ``titlespanyear``), and a status as at a year's end by that
year (``yearendyear``): where both agree, every span the opening writes ending on the year whose
end the status is given at (one year-end only), the report is of that year. A status at the end
of another year than the spans' (截至2020年底 beside 2019—2021年), or spans ending on different
years (2016-2020年 and 2021-2025年: a plan's periods), read nothing here.
"""

from __future__ import annotations

import re

from govkg.ingest.document.yearendyear import year_end_year

__all__ = ["span_end_year"]

_LAST = re.compile(r"(?P<year>20\d\d)\s*年$")


def span_end_year(head: str, spans: list[re.Match]) -> re.Match | None:
    """The year-end status's year (group ``year``) where every span in ``spans`` (matches of a
    range 2019—2021年) ends on it (see above); None otherwise."""
    ended = year_end_year(head)
    if ended is None or not spans:
        return None
    lasts = {last["year"] for span in spans if (last := _LAST.search(span.group()))}
    return ended if lasts == {ended["year"]} else None
