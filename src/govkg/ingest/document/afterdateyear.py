"""A title the cleaning joined after the page's date line keeps its year.

A county site's page opens on its headline, 来源 and 日期 lines, then the table's title; the
cleaning joins short lines with no full stop into one (trial 57's 1067, 汨罗市中医院's
收支决算总表: 汨罗市中医院医改信息公开来源:卫计局日期:2018-01-16 08:232017年医疗卫生计生机构
收支决算总表(按功能分类), the title's year glued to the page time's minutes). The furniture
(来源, 日期) dates the page and ends the words ``years`` reads on its line, so the title's
2017年 after it was never read, and the text's year was unknown. The year right after the
page's date (and its time, glued or spaced) on the same line is the title's, read where
nothing before the furniture on that line states one; a date (2017年3月) there is none.
The table's title may come in the table's first cell, its border kept between the time and
the year (trial 58's 1118, 汨罗市第二人民医院's same 总表: 日期:2018-01-16 16:42| 2017年医疗卫生
计生机构收支决算总表(按功能分类) |): a cell's border is no word, and the year after it is the
title's as well."""

from __future__ import annotations

import re

__all__ = ["year_after_page_date"]

_AFTER_DATE = re.compile(
    r"(?:日\s*期|时\s*间)[ \t\u3000]*[：:]?[ \t\u3000]*20\d\d\s*[-./年]\s*\d{1,2}\s*[-./月]\s*"
    r"\d{1,2}\s*日?(?:[ \t\u3000]*\d{1,2}:\d{2}(?::\d{2})?)?[ \t\u3000|]*"
    r"(?P<year>20\d\d)\s*年(?:度|(?!\s*\d{1,2}\s*月))"
)
"""日期:2018-01-16 08:232017年医疗…总表: the page's date and time, then the title's year, a
table cell's border (16:42| 2017年…总表 |) between them or none."""
_YEAR = re.compile(r"(?P<year>20\d\d)\s*年")


def year_after_page_date(head: str, start: int, end: int) -> re.Match | None:
    """The year right after a page date between ``start`` and ``end`` (one line of ``head``),
    group ``year``, its span the year's alone; None where there is none."""
    found = _AFTER_DATE.search(head, start, end)
    return _YEAR.match(head, found.start("year")) if found else None
