"""A news item whose reporter names the body it learned the news from, that body's money the
item reports: that body is its unit (trial 56).

A paper's item on a fund's evaluation names its source in the reporter's words, written short
as the local paper writes it: 记者从市发改委获悉 (trial 56's 1013, a spam mirror's scrambled
copy of a 日照 item, read unnamed); the same body, written in full with its place, is the
subject of the money the item reports: 日照市发改委争取省区域战略推进专项资金1亿元. The item
reports that body's fund, and the body is its unit, named in full as the text writes it.

Read only where both are written: the source (记者从X获悉 / 了解到 / 得知, X ending on an
organisation word) and, anywhere in the opening, the same body in full with its place
(``issuer.same_unit``: 市发改委 → 日照市发改委) opening a clause that states an amount.
A source the item never writes in full or whose clause states no money (记者从省财政厅获悉 over
a province's summed total: the corpus's 871, unnamed), a medium or a meeting (记者从市十四届
人大一次会议获悉: 876) names none; an area's total is read before (``threepublic.areatotal``:
记者从济南市财政局获悉 over 济南市本级…, 994).
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import same_unit
from govkg.ingest.entities.orgwords import ORG
from govkg.ingest.text.amounts import YUAN_AMOUNT

__all__ = ["news_source"]

_SOURCE = re.compile(
    rf"记\s*者\s*(?:近\s*日|日\s*前|昨\s*[天日]|今\s*[天日])?\s*从\s*(?P<unit>[\u4e00-\u9fff]{{2,20}}?{ORG})"
    r"\s*(?:获\s*悉|了\s*解\s*到|得\s*知)"
)
_NAME = re.compile(rf"[\u4e00-\u9fff]{{2,24}}?{ORG}")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def news_source(head: str) -> tuple[str, tuple[int, int]] | None:
    """The body the reporter names as the source, in full where the opening writes it so
    opening a clause with an amount (see above), with its span in ``head``; else None."""
    for source in _SOURCE.finditer(head):
        short = source["unit"]
        for written in re.finditer(re.escape(short), head):
            if written.start() == source.start("unit"):
                continue
            # the full name ending here: a place before the short one (日照 + 市发改委)
            start = written.start()
            while start > 0 and _CJK.match(head[start - 1]) and written.end() - start < 24:
                start -= 1
            name = _full_of(head[start : written.end()], short)
            if name is None:
                continue
            at = written.end() - len(name)
            clause = re.match(r"[^。，,；;\n]*", head[written.end() :]).group()
            if YUAN_AMOUNT.search(clause):
                return name, (at, written.end())
    return None


def _full_of(run: str, short: str) -> str | None:
    """The longest tail of ``run`` (CJK characters ending on ``short``) that writes ``short``
    in full with its place; None where none does."""
    for cut in range(len(run) - len(short)):
        tail = run[cut:]
        if _NAME.fullmatch(tail) and same_unit(tail, short):
            return tail
    return None
