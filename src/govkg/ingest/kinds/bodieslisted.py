"""The kind of a body's bracketed figure in a list its sentence's lead names (trial 60).

``text.bracketedbodies`` finds the figures of a list of bodies, each with its figure and 万 in
brackets (1199, a news item on 黄埔区's 2013 三公 决算: “三公”总数超**的部门共有5个,分别是区公安分局
(900 .07万)、区城管局(385.76万)、…). No word right before an item names a kind; the lead before
分别 names what every figure is: each item takes the kind of its lead's money words, 三公 read
as the 三公经费 a news item shortens it to (“三公”总数: the 三公经费's total, spent as 三公经费
is; “三公”预算总数: a budget). A lead whose words name no kind leaves the items unread.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from govkg.ingest.text.bracketedbodies import bracketed_bodies

__all__ = ["listed_body_kind"]

_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
_SHORT_THREE_PUBLIC = re.compile(r"三公[”\"’]?(?!\s*[”\"’]?\s*经费)")
"""三公 with no 经费 after it: the 三公经费 a news item shortens."""


@lru_cache(maxsize=4)
def _leads(text: str) -> dict[int, int]:
    return {start: lead for start, _end, lead in bracketed_bodies(text)}


def listed_body_kind(text: str, start: int, kind_of: Callable[[str], str | None]) -> str | None:
    """The kind of the lead of the bodies' list whose bracketed figure starts at ``start``
    (above), or None."""
    lead_at = _leads(text).get(start)
    if lead_at is None:
        return None
    ends = list(_SENTENCE_END.finditer(text, 0, lead_at))
    lead = text[ends[-1].end() if ends else 0 : lead_at]
    return kind_of(_SHORT_THREE_PUBLIC.sub("三公经费", lead))
