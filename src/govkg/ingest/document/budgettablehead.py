"""The unit line heading a budget table: 920平山县下口镇财政所 / 预算年度:2025 / 单位:万元.

Hebei's 部门预算公开表 (the corpus's 893, 深泽县; trial 59's 1150, 平山县) opens each table on
three lines of its head: the unit's name with its budget code glued before it (920, 321: the
code, no money, no part of the name), the budget's year (预算年度:2025) and its money's unit
(单位:万元), a cell border after each where the page was flattened. Where the page gives the
table only, under its tabs (2025年部门预算信息公开目录 / 部门预算公开表), that line is the
only place the unit is named (1150, unnamed before).

All three, in that order, each ending on its line or a cell's border (the cleaning may join
the short lines): a name above other lines is no table's head, and a 预算年度 field after
anything else names nothing. The name must be placed
and end on an organisation word (``issuer.placed``): a bare place (平山县) or a fund's name
(某某专项资金) names no unit.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME, Stated, placed

__all__ = ["budget_table_unit"]

_GAP = r"[ \t\u3000|\n]*"
_HEAD = re.compile(
    r"(?:^[ \t\u3000|]*\d{0,8}|(?<![\d.])\d{1,8})[ \t\u3000]*"
    rf"(?P<unit>{NAME})[ \t\u3000]*[|\n]{_GAP}"
    r"预\s*算\s*年\s*度[ \t\u3000]*[：:][ \t\u3000]*20\d\d[ \t\u3000]*(?:年度?)?"
    rf"[ \t\u3000]*[|\n]{_GAP}"
    r"单\s*位[ \t\u3000]*[：:][ \t\u3000]*(?:万\s*)?元(?=[ \t\u3000|\n]|$)",
    re.M,
)
"""[code]Name / 预算年度:2025 / 单位:万元, each ending on its line or its cell's border; the
cleaning may join them (920平山县下口镇财政所 |预算年度:2025 |单位:万元 |), and the page's tabs
before the code (…情况说明920平山县…): the name starts at its code or its line."""


def budget_table_unit(head: str) -> Stated | None:
    """The unit a budget table's head line names, with its span in ``head`` (simplified);
    None where no table is headed so (see above)."""
    for match in _HEAD.finditer(head):
        if placed(match["unit"]):
            return match["unit"], match.span("unit")
    return None
