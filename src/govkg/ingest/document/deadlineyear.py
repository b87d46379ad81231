"""A self-evaluation form's timeliness indicator dated at a year's end states the fiscal
year (thirty-third trial's 413, a 区域绩效目标自评表 whose title and fields name no year).

The form's 时效指标 reads "…整体完成时间 | 2031年12月31日 | 2031年12月31日": the target and
the result, the work due by the end of the year the funds are for. Read only after every
other statement of a year, only under a completion label (完成时间, 完成时限, 完成时效), only
a year's end (12月31日, 年底, 年末); and where the form gives two such deadlines in different
years it states none (a project over two years)."""

from __future__ import annotations

import re

__all__ = ["deadline_year"]

_END = r"(?P<{0}>20\d\d)\s*年\s*(?:12\s*月\s*31\s*日|年?\s*底|年?\s*末)"
_ANY_DATE = r"20\d\d\s*年\s*(?:\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|年?\s*底|年?\s*末)"
_DEADLINE = re.compile(
    r"完\s*成\s*时\s*(?:间|限|效)[ \t\u3000\n|：:（）()为在于前]{0,12}"
    + _END.format("year")
    + r"[ \t\u3000\n|前]{0,8}(?P<result>"
    + _ANY_DATE
    + ")?"
)
"""The label, its target (a year's end) and the result beside it, if dated."""


def deadline_year(head: str) -> re.Match | None:
    """The year-end deadline of a completion indicator (group ``year``); None where there is
    none, or its result or another deadline falls in another year."""
    found = list(_DEADLINE.finditer(head))
    years = {m["year"] for m in found}
    years |= {re.match(r"20\d\d", m["result"]).group() for m in found if m["result"]}
    if not found or len(years) > 1:
        return None
    return found[0]
