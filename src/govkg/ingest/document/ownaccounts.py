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
(``otherclasses``: a company's report states 收入 and 支出 too).

The same accounts may be published as a table only: trial 54's 942, a county hospital's
达州市达川区中医医院财务信息公示, "达州市公立医院情况对比表 / 单位:达州市达川区中医医院 单位:元 /
项目及编号 2016年度 2017年度 2017比2016增减 / 一、收入支出情况对比 (一) 收入总计 58596771.09
117154424.7 … / (二) 支出总计 68040296.8 73952025.38 …". The table's own unit field names
the organisation whose accounts they are (单位:X, a placed name ending on an organisation
word), another field its money's unit (单位:元 or 万元), its head a year's column (2017年度),
and its rows give 收入总计 and 支出总计 each with its figures: a unit's own totals of its
years, read as the untitled accounts above are. All of these, never fewer, and no sign of
another class: an area's budget execution (收入总计550923万元 in a sentence, no unit field,
the not-reports' 18), a table of a fund's allocation (单位:万元 with no organisation named),
a company's statements stay no sign."""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME, Stated, placed
from govkg.ingest.document.otherclasses import other_class

__all__ = ["accounts_table_owner", "keeps_own_accounts"]

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


_TABLE_UNIT = re.compile(
    rf"单位[ \t\u3000]*[：:][ \t\u3000]*(?P<unit>{NAME})(?=[ \t\u3000|]|$)", re.M
)
"""单位:达州市达川区中医医院: the table's own organisation field (trial 54's 942)."""
_MONEY_UNIT = re.compile(r"单位[ \t\u3000]*[：:][ \t\u3000]*(?:万\s*)?元")
_YEAR_COLUMN = re.compile(r"(?:^|[ \t\u3000|])20\d\d\s*年度?(?=[ \t\u3000|]|$)", re.M)
"""A column headed by a year alone: 2016年度 2017年度."""
_ROWS = tuple(
    re.compile(
        r"(?:^|[ \t\u3000|)）])"
        + word
        + r"总计[ \t\u3000|]+-?\d[\d,]*(?:\.\d+)?(?=[ \t\u3000|]|$)",
        re.M,
    )
    for word in ("收入", "支出")
)
"""(一) 收入总计 58596771.09 117154424.7: each total's row with its figures."""


def keeps_own_accounts(text: str) -> bool:
    """True where ``text`` (simplified) is a unit's own account of its year's income and
    spending, in words or as its table (see above)."""
    if _own_accounts_table(text):
        return True
    if not all(head.search(text) for head in _HEADS):
        return False
    if not all(total.search(text) for total in _TOTALS):
        return False
    return bool(_OWN_VOICE.search(text)) and other_class(text) is None


def accounts_table_owner(head: str) -> Stated | None:
    """The organisation a unit's own 收支 table names in its unit field (单位:X), with its
    span in ``head`` (simplified), where ``head`` is such a table (see above); else None."""
    owner = _table_owner(head)
    return (owner["unit"], owner.span("unit")) if owner and _own_accounts_table(head) else None


def _table_owner(text: str) -> re.Match | None:
    return next((m for m in _TABLE_UNIT.finditer(text) if placed(m["unit"])), None)


def _own_accounts_table(text: str) -> bool:
    """True where ``text`` (simplified) is a unit's own 收支 table of its years: its unit
    field, its money's unit, a year's column and the two totals' rows (see above)."""
    if _table_owner(text) is None or not _MONEY_UNIT.search(text):
        return False
    if not _YEAR_COLUMN.search(text) or not all(row.search(text) for row in _ROWS):
        return False
    return other_class(text) is None
