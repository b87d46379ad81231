"""A budget note's unit named by its revenue total's sentence.

A unit's budget note whose title the page lost states its year's revenue total with its name,
under the run-in heading of its revenue (trial 61's 1209, 海东市残疾人联合会's note: 二、收支预算
总表说明(表1) / … / (一)收入情况。海东市残疾人联合会本年度预算总收入为376.59万元, unnamed before).
As a 决算 book's totals sentence names its department (``accountsbody``), the note's names the
unit whose budget it is.

Read only where nothing else names the unit (``accountsheading.unit_in_body``), only a placed
name (its place first: 样例县…) ending on an organisation word, opening its line or right after
the run-in heading (（一）收入情况。, 1、收入预算:), and only before the budget's year (本年度,
2035年度) and its revenue total (预算总收入, 收入预算总计 / 合计). A name inside a sentence
(根据样例市财政局批复,本年度预算总收入…) or another total (支出预算) is not read.
"""

from __future__ import annotations

import re

from govkg.ingest.document.titleunit import UNIT_END
from govkg.ingest.text.simplified import simplified

__all__ = ["budget_totals_unit"]

_TOTALS = re.compile(
    r"^[ \t\u3000]*(?:(?:[（(][一二三四五六七八九十\d]+[）)]|\d+\s*[、.．])[ \t\u3000]*"
    r"(?:收入情况|收入预算(?:情况)?)[。：:][ \t\u3000]*)?"
    r"(?P<unit>(?:中共)?[\u4e00-\u9fff]{1,8}?(?:自治区|自治州|自治县|省|市|县|区|州|盟|旗)"
    rf"[\u4e00-\u9fff（）()]{{2,40}}?{UNIT_END})[ \t\u3000]*"
    r"(?:本\s*年\s*度|20\d\d\s*年\s*度?)\s*(?:部门)?\s*"
    r"(?:预\s*算\s*总\s*收\s*入|收\s*入\s*预\s*算\s*(?:总\s*计|合\s*计|总\s*额)|预\s*算\s*收\s*入\s*(?:总\s*计|合\s*计))",
    re.M,
)


def budget_totals_unit(text: str) -> tuple[str, tuple[int, int]] | None:
    """The unit a budget note's revenue total sentence names (see above), as written, with its
    span in ``text``; None where none does."""
    found = _TOTALS.search(simplified(text))
    if found is None:
        return None
    start, end = found.span("unit")
    return text[start:end], (start, end)
