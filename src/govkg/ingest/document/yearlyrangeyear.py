"""Rule ``yearly-range-year``: a range of years that states a standing yearly arrangement does
not make a report cover several years; the one year in it whose allotment the text states is
the report's (forty-first trial's 595).

``years.stated_year`` reads no year where a text covers a range (2019-2021年…), as a report
over several years does. A fund's report may instead quote the policy that fixes the fund for
a period, "2019-2022年,省级某某资金每年安排2亿元", and then state its own year's allotment,
"2020年省级财政安排某某资金共2亿元". The range is the policy's, said of each year (每年); the
report is the year whose money it states.

Read only where every range in the text is said of each year (每年 in its sentence) and one
year alone, inside a range, is written as a year (never a date's: 2019年11月30日) with an
allotment (安排 / 下达 / 分配 / 拨付) and an amount of money in its sentence. A range not said
of each year (2019-2021年共安排…), two such years, or a year outside the range reads none.
"""

from __future__ import annotations

import re

__all__ = ["yearly_range_year"]

_RANGE = re.compile(r"(?P<first>20\d\d)\s*[-—~至到]\s*(?P<last>20\d\d)\s*年(?P<rest>[^。\n]*)")
_ALLOTTED = re.compile(
    r"(?<![\d\-—~至到])(?P<year>20\d\d)\s*年度?(?!\s*\d{1,2}\s*月)[^。\n\d]{0,30}?"
    r"(?:安排|下达|分配|拨付)[^。\n]{0,40}?\d[\d.,]*\s*(?:亿|万)?\s*元"
)


def yearly_range_year(head: str) -> re.Match | None:
    """The one year inside the text's yearly ranges whose allotment is stated (group
    ``year``), where every range is said of each year (see above); else None."""
    ranges = list(_RANGE.finditer(head))
    if not ranges or any("每年" not in found["rest"] for found in ranges):
        return None
    inside = [
        found
        for found in _ALLOTTED.finditer(head)
        if any(int(r["first"]) <= int(found["year"]) <= int(r["last"]) for r in ranges)
    ]
    if len({found["year"] for found in inside}) != 1:
        return None
    return inside[0]
