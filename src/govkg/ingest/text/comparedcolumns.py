"""A table comparing a unit's two years, column by column: the later year is the one reported.

A hospital's yearly 财务信息公示 may be its 收支 table alone: "项目及编号 2016年度 2017年度
2017比2016增减 / 增减值 增减% / 一、收入支出情况对比 (一) 收入总计 58596771.09 117154424.7 …"
(trial 54's 942, published 2018-03-31: the 2017 accounts, read as 2016, the first year
written). The head's change column says which year is compared with which (2017比2016增减,
2017年比2016年增减%): the year compared is the year the table reports on, the other its
base, as a 决算's 较上年 is. Read only on a table's head, a line whose year columns hold both
years (2016年度 2017年度) before the change column; a sentence comparing two years
(2018年比2017年减少563.21万元) is no head and is left to the other rules.

The change column may instead name the later year's figures alone (2022年预算数 | 2023年预算数
| 2023年预算数增减): the same figures (预算数, 决算数, 执行数) in both year columns and the change
of the later year's, the year reported. A change column of the earlier year's, or columns of
other figures (2022年决算数 | 2023年预算数), read nothing here.
"""

from __future__ import annotations

import re

__all__ = ["compared_column_year"]

_HEAD = re.compile(
    r"^[^\n。，,]*?(?:^|[ \t\u3000|])(?P<first>20\d\d)\s*年度?[ \t\u3000|]+[^\n。，,]*?"
    r"(?<![\d])(?P<second>20\d\d)\s*年度?[ \t\u3000|]+[^\n。，,]*?"
    r"(?P<year>20\d\d)\s*年?度?\s*比\s*(?P<base>20\d\d)\s*年?度?\s*增减",
    re.M,
)
"""项目及编号 2016年度 2017年度 2017比2016增减: two year columns, then the change column."""


_FIGURES = r"(?:预\s*算|决\s*算|执\s*行)\s*数?"
_LATER_HEAD = re.compile(
    rf"^[^\n。，,]*?(?:^|[ \t\u3000|])(?P<first>20\d\d)\s*年度?\s*(?P<noun>{_FIGURES})[ \t\u3000|]+"
    rf"[^\n。，,]*?(?<![\d])(?P<second>20\d\d)\s*年度?\s*(?P=noun)[ \t\u3000|]+[^\n。，,]*?"
    rf"(?<![\d])(?P<year>20\d\d)\s*年度?\s*(?P=noun)\s*增\s*减",
    re.M,
)
"""项目 | 2022年预算数 | 2023年预算数 | 2023年预算数增减: two years' figures, then the later's
change (trial 60's 1188, a county's 2023 三公 budget table beside the 2022 budget, read as of
2022 before)."""


def compared_column_year(head: str) -> re.Match | None:
    """The year a table head's change column compares (group ``year``), where the head's
    columns hold both years (see above); None otherwise."""
    for found in _HEAD.finditer(head):
        columns = {found["first"], found["second"]}
        if columns == {found["year"], found["base"]} and found["year"] > found["base"]:
            return found
    for found in _LATER_HEAD.finditer(head):
        if found["first"] < found["second"] == found["year"]:
            return found
    return None
