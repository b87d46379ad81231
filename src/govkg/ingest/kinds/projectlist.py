"""An amount in a list of projects a count opens: the project's funds, BUDGET (corpus round 16).

A finance bureau's check or a fund's report names the projects it looked at by their count,
then lists each with its size, no verb between: 抽查到人到户项目2个:特色种养业奖补项目1500万元;
扶贫小额贷款贴息项目2343.3万元。 The count says what the list is (projects), and a project
listed by one amount is listed by the funds it was given: its budget, not money spent or
received (no word says an act).

It says nothing where the amount is not the whole of an item's figures (an item with two
amounts, or a count or rate beside it), where an item's words name a kind of their own
(…支出20万元 is read by those words), where the list holds more items than its count, or
where no ``项目N个:`` opens it in its sentence (人员3个:, a list of anything else). Kept apart
from ``money``: it looks at the list around the amount, not the words before it alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govkg.ingest.text.amounts import amounts
from govkg.ingest.text.sentences import sentence_end, sentence_start

__all__ = ["listed_project_kind"]

_OPENING = re.compile(r"项目\s*(?P<count>\d+)\s*个\s*[:：]")
"""A count of projects opening a list: 抽查到村产业扶贫项目8个:"""
_ITEM_END = re.compile(r"[；;]")
_FIGURE = re.compile(r"\d")
REACH = 600  # characters of a sentence looked at before the amount


def listed_project_kind(
    text: str, start: int, end: int, kind_of: Callable[[str], str | None]
) -> str | None:
    """BUDGET where ``text[start:end]`` closes an item of a list of projects opened by their
    count in its sentence; else None. ``kind_of`` names the kind the words before an
    amount say (None: no word)."""
    first = sentence_start(text, start, REACH)
    counts = list(_OPENING.finditer(text, first, start))
    if not counts:
        return None
    opening = counts[-1]  # the nearest count before the amount opens its list
    last = sentence_end(text, end, REACH)
    items = _items(text, opening.end(), last)
    if len(items) > int(opening["count"]):
        return None  # more items than the count: not a list of those projects
    for item_start, item_end in items:
        if not item_start <= start < item_end:
            continue
        found = list(amounts(text[item_start:item_end]))
        if len(found) != 1 or item_start + found[0].end != end:
            return None  # two amounts, or words after it: not a project and its size
        words = text[item_start:start]
        if _FIGURE.search(words) or kind_of(words):
            return None
        return "BUDGET"
    return None


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The list's items from ``start``: spans between ；, the last one to ``end``."""
    spans, at = [], start
    for found in _ITEM_END.finditer(text, start, end):
        spans.append((at, found.start()))
        at = found.end()
    spans.append((at, end))
    return [(a, b) for a, b in spans if text[a:b].strip()]
