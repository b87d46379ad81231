"""A unit's own year-end account of its income and spending, under no title of the family.

A 事业单位 publishes its year's accounts under a title of its own, no 决算 in it: trial 51's
824, a hospital's 2015年度經濟及財務運行情況通報, reads 现将2015年度经济及财务运行情况通报如下:
/ (一)收入情况 / 2015年度,医院收入总计173,828,234.00元,其中财政补助收入14,228,710元… /
(二)支出情况 / 2015年度,医院支出总计168,675,680.00元,其中医疗业务成本支出…, speaking as 我院.
That is what a 部门决算's 收入支出决算总体情况 states: a unit's own totals of the year, so it is
a report of the family, filed with the final accounts (``report``, ``genre_shown``'s
ACCOUNTS), its unit and year read as any untitled report's are.

All of these together, never fewer: a numbered heading of the income (一、收入情况,
(一)收入决算情况) and one of the spending, each alone on its line; 收入总计 and 支出总计 each
with its amount in its clause; the text speaking as one organisation of its own (我院,
本单位, 我中心, 我校, 我局…; never an area's 我县, 全市, and 本办法 is no voice: an area's
budget execution is no unit's accounts, and neither is an association's 本会); and no sign
of another class
(``otherclasses``: a company's report states 收入 and 支出 too)."""

from __future__ import annotations

import re

from govkg.ingest.document.otherclasses import other_class

__all__ = ["keeps_own_accounts"]

_NUMBER = (
    r"^[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}\s*[、.．]"
    r"|\d{1,2}\s*[、.．])[ \t\u3000]*"
)
_HEADS = tuple(
    re.compile(_NUMBER + word + r"\s*(?:决算\s*)?(?:总体\s*)?情况[ \t\u3000]*$", re.M)
    for word in ("收入", "支出")
)
"""(一)收入情况 / (二)支出情况, 一、收入决算情况: numbered, alone on their lines."""
_TOTALS = tuple(
    re.compile(word + r"总计\s*(?:为|是|达)?\s*\d[\d,]*(?:\.\d+)?\s*(?:万\s*元|元|亿\s*元)")
    for word in ("收入", "支出")
)
"""收入总计173,828,234.00元, 支出总计为168.7万元: each total with its amount, right after it."""
_OWN_VOICE = re.compile(r"(?:我|本)(?:院|单位|中心|校|站|馆|局|委|队)")
"""The text speaking as its own organisation: 我院, 本单位, 我中心…; never 我县, 全市, 本会."""


def keeps_own_accounts(text: str) -> bool:
    """True where ``text`` (simplified) is a unit's own account of its year's income and
    spending (see above)."""
    if not all(head.search(text) for head in _HEADS):
        return False
    if not all(total.search(text) for total in _TOTALS):
        return False
    return bool(_OWN_VOICE.search(text)) and other_class(text) is None
