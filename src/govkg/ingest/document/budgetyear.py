"""A 三公 note that publishes one year's execution with the next year's budget is of the
budget's year: "对全县2024年“三公”经费执行情况进行了结算,并科学编制了2025年“三公”经费预算"
(twenty-fourth trial's 312, a county's 2025 预算 note).

A budget note states the budget it discloses and, beside it, the year before as executed
(执行数), the baseline the budget is compared with. The note is the budget's: its fiscal year
is the later one. Read only in one sentence about the 三公 money that names a year's 执行
and, after it, the next year's 预算; a year's 预算执行 with no later year, two years that
are not consecutive, or a sentence about other money reads nothing (the first year stated
stands, as ``years.stated_year`` reads it).
"""

from __future__ import annotations

import re

from govkg.ingest.threepublic.words import QUOTED

__all__ = ["budget_year"]

_PAIR = re.compile(
    r"(?P<done>20\d\d)\s*年度?[^。\n]{0,30}?执\s*行[^。\n]{0,60}?"
    r"(?P<year>20\d\d)\s*年度?[^。\n]{0,30}?预\s*算"
)
_THREE_PUBLIC = re.compile(QUOTED)


def budget_year(head: str) -> re.Match | None:
    """The budget's year of a 三公 note that pairs it with the year before as executed (see
    above), in the group ``year``; None where no sentence does."""
    for found in _PAIR.finditer(head):
        sentence_start = max(head.rfind("。", 0, found.start()), head.rfind("\n", 0, found.start()))
        sentence_end = re.search(r"[。\n]|$", head[found.end() :]).start() + found.end()
        if not _THREE_PUBLIC.search(head, sentence_start + 1, sentence_end):
            continue
        if int(found["year"]) == int(found["done"]) + 1:
            return found
    return None
