"""A project form's period field that lies within one year states the fiscal year
(twenty-second trial's 280, Hunan's 财政支出项目绩效评价自评报告 template).

The template's cover names no year (岳阳市…财政支出项目绩效评价自评报告; 报告日期 is the
date the form was filled in, the year after), and its first table writes the project's
period: 项目起止时间 / 2016年1月起至2016年12 月止. A fiscal year is the calendar year, so a
period that starts and ends in the same year is that year's project: the year is read
there. Only under the period's label (起止时间, 实施期限, 实施周期, 执行期限), only where both
ends are dated (a year and a month) in one year; a period over two years (2015年6月至2016年
12月), a year written once (2016年1月起), or a date elsewhere (报告日期:2017年7月15日) is none.
"""

from __future__ import annotations

import re

__all__ = ["period_year"]

_PERIOD = re.compile(
    r"(?:起\s*止\s*时\s*间|实\s*施\s*(?:期\s*限|周\s*期)|执\s*行\s*期\s*限)[ \t\u3000\n|：:]*"
    r"(?P<year>20\d\d)\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*起?\s*(?:至|到|[-—~－])\s*"
    r"(?P=year)\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*止?"
)


def period_year(head: str) -> re.Match | None:
    """The period field within one year (see above), its year in the group ``year``."""
    return _PERIOD.search(head)
