"""A report's unit named as the subject opening its numbered items, again and again.

A township's self-evaluation of its transfers, in the template's items, opens each numbered
item on its own name and the year (trial 61's 1218: (一)金寨县麻埠镇人民政府2023年度下达上级资金
转移支付755.19万元。 / (二)金寨县麻埠镇人民政府2023年度… / 1.金寨县麻埠镇人民政府2023年度… / 3.…,
four times; unnamed before). The name the items keep opening on is the reporter's own: no other
body is the subject of a report's every item.

Read only where nothing else names the unit (``accountsheading.unit_in_body``): a placed name
(its place first) ending on an organisation word, right after an item's number ((一), 1., 一、)
and right before a year (2023年度), at least ``ENOUGH`` times, and more often than any other
name so placed (a copy-over's other town, written once, does not stop it; two names as many
times each name none).
"""

from __future__ import annotations

import re

from govkg.ingest.document.mostnamed import most_named
from govkg.ingest.document.titleunit import UNIT_END
from govkg.ingest.text.simplified import simplified

__all__ = ["repeated_subject"]

ENOUGH = 3
_NUMBER = r"(?:[（(][一二三四五六七八九十\d]+[）)]|\d+\s*[、.．]|[一二三四五六七八九十]+、)"
_PLACE = r"(?:中共)?[\u4e00-\u9fff]{1,8}?(?:自治区|自治州|自治县|省|市|县|区|州|盟|旗)"
_ITEM = re.compile(
    rf"(?:^|\n)[ \t\u3000]*{_NUMBER}[ \t\u3000]*"
    rf"(?P<unit>{_PLACE}[\u4e00-\u9fff（）()]{{2,40}}?{UNIT_END})[ \t\u3000]*20\d\d\s*年"
)


def repeated_subject(text: str) -> tuple[str, tuple[int, int]] | None:
    """The placed name that opens the text's numbered items before a year at least ``ENOUGH``
    times and more than any other (see above), as written, with its first span; else None."""
    found = list(_ITEM.finditer(simplified(text)))
    first = most_named(found, ENOUGH)
    if first is None:
        return None
    start, end = first.span("unit")
    return text[start:end], (start, end)
