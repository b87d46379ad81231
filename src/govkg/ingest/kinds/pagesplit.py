"""A figure a document-sharing site's page marker splits in two: both pieces listed, unread.

A sharing site (第一文库网, 天天文库) prints a document's pages one after another, each opening
on its number and 、 at the start of a line (1、…, 2、…, 3、…), wherever the page broke: inside
a word, or inside a figure. The nineteenth trial's 236 writes 1232.23万元 as ``本年支出123``,
a line break, ``3、2.23万元``. Read as written, 2.23万元 is an amount the text does not state,
and 123 is lost (no unit word). Reading 1232.23万元 would read across the site's furniture.

So where a line ends on a bare figure right after a money word (本年支出123), and the next line
opens on the next page's marker (``3、``, a line opening on ``2、`` before it) followed at once
by a figure with its unit, both pieces are listed unread, saying so: the first in the second's
unit (its yuan is not stated: the digits go on after the marker), the second never read. A
numbered list's item (3、2.23万元 after a line ending 。 or with no money word before its last
figure), or a marker whose page before it has no marker of its own, is not this pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from govkg.ingest.facts import cite
from govkg.ingest.kinds.amountlabel import REACH
from govkg.ingest.kinds.kindwords import kind_of
from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.text.numbers import yuan
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["page_split"]

RULE = "money-figure"
_SPLIT = re.compile(
    r"(?P<head>(?<![\d.,])\d[\d,]*(?:\.\d*)?)\n(?P<page>\d{1,3})、"
    r"(?P<tail>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>万元|亿元|元)"
)
_CLAUSE_END = re.compile(r"[。；;！？!?\n，,：:]")
REASON = (
    "a figure split by the page marker {page}、 of a document-sharing site ({head} … {tail}): "
    "its digits go on after the marker, so neither piece states an amount; not read"
)


def page_split(view: TextView, found: Iterable[MoneyFound], year: int | None) -> list[MoneyFound]:
    """``found`` with each figure a page marker splits listed as its two pieces, unread."""
    out = list(found)
    text = simplified(view.text)
    for split in _SPLIT.finditer(text):
        if not _after_a_page(text, split.start("page"), int(split["page"])):
            continue
        clause = _clause_start(text, split.start())
        words = text[clause : split.start()]
        if kind_of(words) is None:
            continue  # no money word right before the first piece: not a cut figure
        tail = split["tail"] + split["unit"]
        reason = REASON.format(page=split["page"], head=split["head"], tail=tail)
        tail_start = view.span(split.start("tail"), split.end("unit"))[0]
        out = [
            replace(m, kind=None, reason=reason)
            if m.cites[0].end - len(m.as_written) == tail_start
            else m
            for m in out
        ]
        out.append(
            MoneyFound(
                rule=RULE,
                cites=(cite(view, clause, split.end("head")),),
                amount=yuan(split["head"].replace(",", ""), split["unit"]),
                figure=split["head"],
                unit=split["unit"],
                as_written=cite(view, split.start("head"), split.end("head")).quote,
                kind=None,
                label=words.strip() or None,
                year=year,
                reason=reason,
            )
        )
    return out


def _after_a_page(text: str, at: int, page: int) -> bool:
    """Whether a line opening on the previous page's marker stands before ``at``."""
    return page > 1 and re.search(rf"(?:^|\n){page - 1}、", text[:at]) is not None


def _clause_start(text: str, at: int) -> int:
    found = None
    for found in _CLAUSE_END.finditer(text, max(0, at - REACH), at):  # noqa: B007
        pass
    return found.end() if found else max(0, at - REACH)
