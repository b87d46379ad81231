"""A fund no word names takes the kind its bracket of parts names (thirty-fourth trial).

A fund's overview gives the sum, then in a bracket where it came from:

    一、专项资金概况…行动资金800万元(财政预算740万元,年底追加家庭清洁行动村资金60万元)

No word before 800万元 names a kind (资金 is no kind), so it was listed unread; its parts
are read by their own words (预算, 追加: the budget and its addition). Where the bracket
opened right after the figure holds amounts adding up to it exactly, and the first part's
own words name a budget, the whole is BUDGET too. Only a budget: parts received or spent may
be of another sum (到位, 支出), and a bracket that does not add up says nothing of the whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govkg.ingest.text.amounts import PINYIN, amounts

__all__ = ["bracketed_whole_kind"]

_OPEN = re.compile(r"\s*[（(]")
_CLOSE = re.compile(r"[）)]")
REACH = 120  # characters of the bracket looked at


def bracketed_whole_kind(
    text: str, start: int, end: int, kind: str | None, kind_of: Callable[[str], str | None]
) -> str | None:
    """BUDGET for an unnamed amount whose bracket of parts adds up to it, the first part a
    budget (the rule above); else ``kind``."""
    if kind is not None:
        return kind
    opened = _OPEN.match(text, end)
    if opened is None:
        return kind
    closed = _CLOSE.search(text, opened.end(), opened.end() + REACH)
    if closed is None:
        return kind
    inside = text[opened.end() : closed.start()]
    parts = list(amounts(inside))
    whole = next(amounts(text[start:end]), None)
    if whole is None or len(parts) < 2 or sum(part.yuan for part in parts) != whole.yuan:
        return kind
    first_words = PINYIN.sub("", inside[: parts[0].start])
    return "BUDGET" if kind_of(first_words) == "BUDGET" else kind
