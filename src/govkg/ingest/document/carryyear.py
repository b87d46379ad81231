"""A self-evaluation of money carried over into a year is of that year (twenty-seventh trial).

A two-year project's transfer is reported on in its second year: the opening first recalls
the first year's allocation (2023年中央下达…预算资金1465万元, 2023年完成支付…), then states the
money carried into the year evaluated and what was executed of it: "2024年结转2023年…资金合计
680.315万元, 全年预算执行数合计233.64万元". The year the money was carried into is the year
the text evaluates, so it is the report's fiscal year, not the first year the opening writes.

Read only where one year is said to carry over the year just before it (X年结转X-1年), and
no later year is written in the opening (a plan to carry money into the next year is not what
was evaluated); a 结转 with no year carried from, or years not consecutive, reads nothing.
"""

from __future__ import annotations

import re

__all__ = ["carried_into_year"]

_CARRIED = re.compile(r"(?<!\d)(?P<year>20\d\d)\s*年\s*度?\s*结\s*转\s*(?P<from>20\d\d)\s*年")
_ANY_YEAR = re.compile(r"(?<!\d)20\d\d(?!\d)")


def carried_into_year(head: str) -> re.Match | None:
    """The year money was carried into from the year before (see above), in the group
    ``year``; None where no sentence says so or a later year is written."""
    latest = max((int(m.group()) for m in _ANY_YEAR.finditer(head)), default=0)
    for found in _CARRIED.finditer(head):
        year = int(found["year"])
        if year == int(found["from"]) + 1 and year == latest:
            return found
    return None
