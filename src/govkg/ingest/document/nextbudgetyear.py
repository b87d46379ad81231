"""The first year a budget note states may be the year before the budget's: the note is of
the budget's year.

A budget note states the year before beside the budget it discloses, and may state it first:

- a status as at the end of the year before, the staff it counts: 2018年底共有行政人员426人,
  then 二、三门县公安局2019年部门预算安排情况说明 (trial 64's 1305, its title lost, read as of
  2018);
- the budget of the year before compared with this year's in one sentence: 北京大学2017年总预算
  193.45亿元,2018年总预算125.54亿元 (trial 64's 1322, a news roundup of the universities' 2018
  budgets, read as of 2017).

The year stated first is then the year before; the next year's 预算, stated after it (in the
opening for a year-end; in the same sentence for a compared budget), is the note's. Read only
where the first year is at its end (2018年底, 2018年末) or opens a budget (2017年总预算,
2017年预算数), the next year is that year's next, and the opening names no 决算 of the first
year, nor its execution: a 2018 决算 note counting its staff at 2018年底 is of 2018, and a 三公
note giving 2010年预算…,实际执行… with 2011年预算 is of 2010 (the corpus's 928 and 962). A
year-end with no later budget, or two budgets of years not consecutive, read nothing here.
"""

from __future__ import annotations

import re

__all__ = ["next_budget_year"]

_S = r"[ \t\u3000]*"
_YEAR_END = re.compile(rf"{_S}(?:底|末)")
_OPENS_BUDGET = re.compile(rf"{_S}度?{_S}(?:[^\d。；;，,\n]{{0,6}}?)预{_S}算")


def next_budget_year(head: str, first: re.Match) -> re.Match | None:
    """The next year's budget (its year in the group ``year``) where ``first``, the first
    year the opening states (a match ending after its 年), is the year before the budget
    the note discloses (see above); None otherwise."""
    year = int(first["year"])
    if re.search(rf"{year}{_S}年?{_S}度?[^。；;\n]{{0,20}}?(?:决{_S}算|执{_S}行)", head):
        return None  # the year's own accounts or execution: the note is of the first year
    if _YEAR_END.match(head, first.end()):
        end = len(head)  # the staff at the end of the year before, the budget further on
    elif _OPENS_BUDGET.match(head, first.end()):
        end = re.compile(r"[。；;\n]|$").search(head, first.end()).start()  # one sentence
    else:
        return None
    budget = re.compile(rf"(?<!\d)(?P<year>{year + 1}){_S}年{_S}度?[^。；;\n\d]{{0,20}}?预{_S}算")
    found = budget.search(head, first.end(), end)
    if found is None:
        return None
    return re.compile(rf"(?P<year>{year + 1}){_S}年").match(head, found.start())  # cited alone
