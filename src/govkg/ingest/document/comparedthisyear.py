"""A news item's 今年 dated by the one year it is compared with: the year after it.

A newspaper's item on a city's departments' budgets (trial 60's 1165, 新京报 on 北京市's 2019
市级部门 budgets, no date in the excerpt) says 今年 and writes no year but the one its figures
are compared with: 比2018年减少了831.99万元, 比2018年增加1852.69万元, 比去年减少0.07万元. This
year's figures set against 2018's are 2019's: the year is the compared year's next. Read last,
where no other rule reads a year, and only where 今年 is said, every year written is that one
year after a comparison word (比, 较, 与, 同比, 相比), at least once with an amount in its clause,
and last year (去年, 上年) is named only as compared (比去年…). A news item giving last year's
own figures (去年“三公经费”预算总额2668.9万元 … 今年…比2010年预算数减少22.9万元: the corpus's
922, of 2010, its 决算's year) or writing a year of its own reads nothing here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["compared_this_year"]

_THIS_YEAR = re.compile(r"今\s*年")
_YEAR = re.compile(r"(?<![\d])(?P<year>20\d\d)\s*年(?!\s*\d{1,2}\s*月)")
_COMPARED = re.compile(r"(?:比|较|与|同比|相比)\s*$")
_LAST_YEAR = re.compile(r"去\s*年|上\s*年")
_MONEY_AFTER = re.compile(r"[^。；;！？!?\n]{0,16}?\d[\d,]*(?:\.\d+)?\s*(?:万\s*元|亿\s*元|元)")


@dataclass(frozen=True)
class ComparedYear:
    """The year read (``found["year"]``) and the span of the compared year that says it."""

    year: str
    start: int
    end: int

    def __getitem__(self, group: str) -> str:
        if group != "year":
            raise KeyError(group)
        return self.year

    def span(self) -> tuple[int, int]:
        return self.start, self.end


def compared_this_year(head: str) -> ComparedYear | None:
    """The year after the one year ``head`` (simplified) compares its 今年 with (see above)."""
    if not _THIS_YEAR.search(head):
        return None
    years = list(_YEAR.finditer(head))
    if not years or len({found["year"] for found in years}) != 1:
        return None
    if not all(_COMPARED.search(head, max(0, found.start() - 3), found.start()) for found in years):
        return None
    if any(
        not _COMPARED.search(head, max(0, last.start() - 3), last.start())
        for last in _LAST_YEAR.finditer(head)
    ):
        return None
    with_money = [found for found in years if _MONEY_AFTER.match(head, found.end())]
    if not with_money:
        return None
    first = with_money[0]
    return ComparedYear(str(int(first["year"]) + 1), first.start(), first.end())
