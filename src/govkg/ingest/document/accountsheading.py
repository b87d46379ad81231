"""Rule ``accounts-heading-unit``: a 决算 book's unit named in its part or section heading.

A department's 决算 book, its cover and contents lost to the page (the text opens on its
tables), still names its unit where its explanation begins: a part heading that is the
unit's name alone ("第三部分 样例区某某委员会") or the first section's heading ("一、关于
样例区某某委员会2019年度收入支出决算总体情况说明"). Read only where nothing else names the
unit (``report``), only a name ending on an organisation word, and only on a heading line:
a name in a sentence (经…委员会审议) is not the reporter.
"""

from __future__ import annotations

import re

from govkg.ingest.document.accountsbody import accounts_body_unit
from govkg.ingest.document.budgettotals import budget_totals_unit
from govkg.ingest.document.ourunit import our_unit
from govkg.ingest.document.repeatedsubject import repeated_subject
from govkg.ingest.document.titleunit import UNIT_END
from govkg.ingest.text.simplified import simplified

__all__ = ["accounts_heading_unit", "unit_in_body"]

_NAME = rf"(?P<unit>[\u4e00-\u9fff（）()]{{4,40}}?{UNIT_END})"
_PART = re.compile(
    rf"^[ \t\u3000]*第[一二三四五六七八九十]+部分[ \t\u3000]*{_NAME}[ \t\u3000]*"
    r"(?:(?:部门|单位)?(?:基本情况|概况))?[ \t\u3000]*$",
    re.M,
)
"""第三部分 样例区某某委员会: the part that explains the accounts, headed by the unit; or the
first part, headed by the unit and its 基本情况 (第一部分 样例旗某某镇人民政府基本情况,
thirty-ninth trial's 556)."""
_SECTION = re.compile(
    r"^[ \t\u3000]*(?:[一二三四五六七八九十]+[、.．][ \t\u3000]*)?关于[ \t\u3000]*"
    + _NAME
    + r"[ \t\u3000]*20\d\d[ \t\u3000]*年度?[ \t\u3000]*(?:部门)?收入支出决算",
    re.M,
)
"""一、关于样例区某某委员会2019年度收入支出决算总体情况说明."""
_WORDS = re.compile(r"部分|关于|年度|决算|预算|说明|情况")
"""Words of a heading, not of a name: a match that swallowed them is no name."""


def accounts_heading_unit(text: str) -> tuple[str, tuple[int, int]] | None:
    """The unit a 决算 book's part or section heading names, its span in ``text``; None
    where no heading names one (see above)."""
    plain = simplified(text)
    for pattern in (_SECTION, _PART):
        for found in pattern.finditer(plain):
            if not _WORDS.search(found["unit"]):
                start, end = found.span("unit")
                return text[start:end], (start, end)
    return None


def unit_in_body(head: str, text: str) -> tuple[str, tuple[int, int]] | None:
    """The body's weakest namings, in order: the unit it calls 我单位/本单位 by name
    (``ourunit``), else a 决算 book's heading (above), else its duties' or totals' sentence
    (``accountsbody``), else a budget note's revenue total (``budgettotals``), else the name its
    numbered items keep opening on (``repeatedsubject``)."""
    found = our_unit(head) or accounts_heading_unit(text) or accounts_body_unit(text)
    found = found or budget_totals_unit(text)  # …本年度预算总收入为… (budgettotals; trial 61)
    return found or repeated_subject(text)  # (一)X2023年度… (二)X2023年度… (repeatedsubject)
