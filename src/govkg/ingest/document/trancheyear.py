"""Money shared out by year, reported to the end of the last of them: that year is the
report's (trial 46's 692).

A bond project's self-evaluation may state its funds by tranche, "其中2021年3300万元,2022年
9000万元", then their use "至2022年底实际使用7880万元". The list alone covers several years and
names none as the report's (``listedyears``); the use stated to the end of the list's last year
(至2022年底, 截至2022年12月31日) says the report stands at that year's end: the last year is
the report's. Without such a statement the year stays unknown, never guessed."""

from __future__ import annotations

import re

__all__ = ["tranche_year"]

_TRANCHE = re.compile(
    r"\s*\d[\d,，.]*\s*(?:万|亿)?元\s*[,，、;；]\s*(?P<year>20\d\d)\s*年"
    r"(?=\s*\d[\d,，.]*\s*(?:万|亿)?元)"
)
"""…万元,2022年 followed by its amount: the next tranche, ending after its 年."""
_YEAR = re.compile(r"(?P<year>20\d\d)\s*年")
_TO_YEAR_END = r"(?:至|截至|截止|截止到|截至到)\s*{year}\s*年\s*(?:底|末|12\s*月\s*31\s*日)"


def tranche_year(head: str, first: re.Match) -> re.Match | None:
    """The last year of the tranche list that ``first`` (a year match) opens, where the same
    paragraph states money to that year's end; None otherwise."""
    last, at = None, first.end()
    while found := _TRANCHE.match(head, at):
        last, at = found, found.end()
    if last is None:
        return None
    end = head.find("\n", at)
    paragraph = head[at : end if end >= 0 else len(head)]
    if re.search(_TO_YEAR_END.format(year=last["year"]), paragraph):
        return _YEAR.match(head, last.start("year"))  # the year alone, cited
    return None

