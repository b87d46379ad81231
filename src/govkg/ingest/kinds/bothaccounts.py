"""A figure named by both 决算 and 预算 at once takes the kind the text states it with elsewhere
(trial 55).

A news item writes a figure's words with both words of a 三公 note back to back, a slip of the
reporter's or the page's (961, on 国家文物局's note):

    今年公务接待费预算数为151.85万元,比去年公务接待费决算预算数48.32万元多出103万余元
    …2010年国家文物局公务接待费预算为152.87万元,决算为48.32万元,…

决算预算数 (or 预算决算数, 决算(预算)数) names both what was spent and what was budgeted; the
nearest word made it a budget. The text states the same figure again where one word alone
names it (决算为48.32万元): the figure is that one. Read so where the amount's own words end on
both words together and every other place the text writes the same figure (as written, its
unit too) is read, by the money word nearest it in its clause, as one and the same of a
spending (决算) and a budget (预算). A figure stated nowhere else, or elsewhere with either
kind or with none, keeps its reading: the words alone do not say which.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govkg.ingest.text.amounts import PINYIN

__all__ = ["both_accounts_kind"]

_BOTH = re.compile(
    r"(?:决算\s*[（(]?\s*预算\s*[)）]?|预算\s*[（(]?\s*决算\s*[)）]?)\s*(?:数|金额)?\s*(?:为|是)?\s*$"
)
_CLAUSE_END = re.compile(r"[，,。；;！？!?：:\n]")
_KINDS = ("SPENDING", "BUDGET")
REACH = 30  # characters before another statement of the figure in which its words are read


def both_accounts_kind(
    text: str,
    start: int,
    end: int,
    own: str,
    kind: str | None,
    kind_of: Callable[[str], str | None],
) -> str | None:
    """The kind the text states the figure at ``text[start:end]`` with elsewhere, where its own
    words name both 决算 and 预算 (see above); else ``kind``."""
    if not _BOTH.search(PINYIN.sub("", own)):
        return kind
    written = text[start:end]
    said = set()
    for found in re.finditer(re.escape(written), text):
        if found.start() == start:
            continue
        if text[found.start() - 1 : found.start()].isdigit():
            continue  # 148.32万元 is no statement of 48.32万元
        words = PINYIN.sub("", text[max(0, found.start() - REACH) : found.start()])
        clause = _CLAUSE_END.split(words)[-1]
        said.add(None if _BOTH.search(clause) else kind_of(clause))
    if len(said) != 1:
        return kind
    only = said.pop()
    return only if only in _KINDS else kind
