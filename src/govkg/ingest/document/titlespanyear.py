"""A title that dates its report by a span of years is of the span's last year.

A self-evaluation of a fund over two years titles its span right before the report's words:
trial 51's 813, 中央集中彩票公益金转移支付(福彩圆梦•孤儿助学工程项目)2019年-2020年度绩效自评报告.
Each year written with its 年, the span is no range to ``years.stated_year`` (20XX-20YY年), which
read its first year, 2019. The corpus dates a report over a span by its last year: 442's
关于2015—2018年度津市市学前教育专项资金的绩效评价报告 is 2018 (its title read so by ``report``),
745's 2013-2019年度 programme 2019; the last year is the one the report closes.

Read only on the title line (the first line with words, page furniture blanked before) and
only where the span, each year with 年 or 年度 or only the last, ends right before the
report's words ending that line (绩效自评报告, 绩效评价报告, 自评表…), its last year after its
first. A span in the body (2019-2021年专项资金预算安排…: the corpus's 34, no year) or one
followed by other words (2023年—2025年规划) reads nothing here.
"""

from __future__ import annotations

import re

__all__ = ["title_span_year"]

_SPAN = re.compile(
    r"(?P<first>20\d\d)\s*(?:年\s*度?)?\s*[-—~至到－–]\s*(?P<year>20\d\d)\s*年\s*度?\s*"
    r"(?:项\s*目\s*|资\s*金\s*)?(?:支\s*出\s*)?(?:绩\s*效\s*)?"
    r"(?:自\s*评|自\s*我\s*评\s*价|评\s*价)\s*(?:情\s*况\s*)?的?\s*(?:报\s*告|表)[ \t\u3000]*$"
)


def title_span_year(head: str) -> re.Match | None:
    """The last year of the span the title line dates its report by (group ``year``), where
    that line ends on the span and the report's words (see above); else None."""
    first = re.search(r"[^\n]*[\u4e00-\u9fff][^\n]*", head)
    if first is None:
        return None
    found = _SPAN.search(first.group())
    if found is None or int(found["year"]) <= int(found["first"]):
        return None
    return _SPAN.match(head, first.start() + found.start(), first.end())
