"""A status given as at a year's end (截至2020年末) states the fiscal year of a text that writes
no other year.

A special bond project's yearly disclosure reports where the money and the works stood at the
end of the year before (trial 57's 1057, 旬阳县住房和城乡建设局's, its title lost: 截至上年末
专项债券资金使用情况 / …截至2020年末,共使用专项债券资金1026万元… / 截至2020年末已完成停车场的
路基…, signed 2021年6月24日); a fund's report may say only 截至2019年底, 累计下达…. The year
is that year-end's: the text reports on it. The corpus's 40 texts with such a year-end agree
with their fiscal year in 36, the others (a 三公 budget's 截至2014年底 beside its 2015年预算)
stating their year elsewhere, which is read first: this is read last of all (``years``), only
after 截至 / 截止 (至 alone ends a range, 2019至2020年, never read), only a year's end (年末,
年底, 12月31日), and only where every such year-end in the opening is the same year (a text
comparing two year-ends states neither as its own)."""

from __future__ import annotations

import re

__all__ = ["year_end_year"]

_YEAR_END = re.compile(
    r"截\s*[至止]\s*(?P<year>20\d\d)\s*年\s*(?:12\s*月\s*(?:31\s*日|底|末)|年?\s*底|年?\s*末)"
)
"""截至2020年末, 截止2019年底, 截至2022年12月31日: a status as at a year's end."""


def year_end_year(head: str) -> re.Match | None:
    """The year-end a status is given at (group ``year``), where all the opening's year-ends
    are one year; None otherwise."""
    found = list(_YEAR_END.finditer(head))
    if not found or len({m["year"] for m in found}) > 1:
        return None
    return found[0]
