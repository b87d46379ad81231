"""A news item on a department's published budget or accounts is of their year.

A paper relaying a body's 部门预算 quotes its items, and an item's name may carry a year of its
own: 項目支出則細化到2009年國家助學金249萬 (trial 63's 1282, a news page on the earthquake
administration's 2010 budget book, read 2009: its lead, 中國地震局以預算書形式公開了2010年部門預算,
stands further down). The year the body published its budget or accounts for is the item's:
公开(了)2010年部门预算, 公布了2022年度部门决算.

Read only where the verb of publishing stands right before the year and the year right before
the department's (or unit's) 预算 or 决算; a year in any other clause (…2009年国家助学金, 较2009年)
is no publication's. Asked before the first year stated (``years.stated_year``), after the
rules reading a 三公 note's paired years.
"""

from __future__ import annotations

import re

__all__ = ["published_budget_year"]

_S = r"[ \t\u3000]*"
_PUBLISHED = re.compile(
    rf"公{_S}[开布]{_S}了?{_S}(?P<year>20\d\d){_S}年度?{_S}(?:部{_S}门|单{_S}位){_S}"
    rf"(?:预{_S}算|决{_S}算)"
)


def published_budget_year(head: str) -> re.Match | None:
    """The first 公开(了)YYYY年部门预算 / 决算 in ``head`` (simplified), the year in its
    ``year`` group; None where the text says none."""
    return _PUBLISHED.search(head)
