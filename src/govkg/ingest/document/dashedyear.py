"""A form's year whose 年 a page rendered as - before 度, its digits spaced apart: the same
year, read as written 年度.

Yueyang county's whole-department self-evaluation form (trial 62's 1263, 附件6 / 岳阳县20 16
-度部门(单位)整体支出 / 绩效评价自评报告) came out of its PDF with every 年 as - (its rows
-度主要工作内容, 综合开发和-度计划) and the title's year split in two (20 16). The title line
is not the text's first line (附件6 is), so the title line's masked year (``years``'
``_masked_year``: 2017-度 on the first line with words) went unread, and no year was read.

A year so written, four digits (or two and two, one blank between) then - right before 度,
is read as the year followed by 年度: the year rules then read it as any year, the text's
length and every place in it kept. A date (2017-7-25, 2017 -7 - 25) has a digit after its -,
a range (2016-2017年度) a year: neither is touched."""

from __future__ import annotations

import re

__all__ = ["dashed_years"]

_DASHED = re.compile(
    r"(?<![\d.])(?P<first>20)(?P<blank>[ \t\u3000]?)(?P<second>\d\d)"
    r"(?P<gap>[ \t\u3000]*)-(?=[ \t\u3000]*度)"
)


def _as_year(found: re.Match) -> str:
    """2016年 padded to the length written: 20 16 - → 2016  年."""
    year = found["first"] + found["second"]
    return year + " " * (len(found.group()) - len(year) - 1) + "年"


def dashed_years(head: str) -> str:
    """``head`` with each year written 20 16 -度 / 2016-度 read as 2016年度 (see above), as long
    as ``head``, each other character in its place."""
    return _DASHED.sub(_as_year, head)
