"""A fund's account titled on its year, then its holder, then the fund: the holder is the unit.

A town's station may title the yearly account of an earmarked fund it holds "2016年小欖鎮水利所
定向財力轉移支付資金 / 收支情況說明" (trial 65's 1358, read unnamed: the title is of no genre the
title rules know, so its words were never read for a unit). The words between the year and the
fund are whose fund it is, as in a 三公 title opening on its year (``yeartitleunit``), and the
title is the holder's own heading, so its name is read as written.

Asked only where no stronger rule named a unit, and only for a title among the first lines of
the text: the year, a name ending on an organisation word (…所, …局, …中心), the fund (…资金,
…经费), then, on the same line or the next, its account (收支情况说明, 使用情况报告). A pronoun,
a whole area or a level (全市, 各部门, 市级) names no unit; a fund named first (2016年中央…资金
…) has no holder before it and reads nothing.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME
from govkg.ingest.text.namewords import NOT_A_NAME_START
from govkg.ingest.text.simplified import simplified

__all__ = ["year_fund_title"]

_TITLE = re.compile(
    rf"^[ \t\u3000]*20\d\d[ \t\u3000]*年度?[ \t\u3000]*(?P<unit>{NAME})"
    r"[\u4e00-\u9fff]{2,24}?(?:资金|经费)[ \t\u3000]*\n?[ \t\u3000]*"
    r"(?:收支|使用|安排使用|分配使用)情况的?(?:说明|报告)[ \t\u3000]*$",
    re.M,
)
_NOT_A_NAME = re.compile(rf"^(?:{NOT_A_NAME_START}|市级|县级|区级|省级|中央|部门|单位)")
LINES = 4  # the first lines of the text, where its title stands


def year_fund_title(head: str) -> tuple[str, tuple[int, int]] | None:
    """The holder a fund's title opening on its year names (see above), with its span in
    ``head``; None where no such title is among the first lines."""
    opening = "\n".join(head.split("\n")[:LINES])
    for found in _TITLE.finditer(simplified(opening)):
        if _NOT_A_NAME.match(found["unit"]):
            continue
        return opening[found.start("unit") : found.end("unit")], found.span("unit")
    return None
