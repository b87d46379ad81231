"""Bodies listed one by one, each with its figure and 万 in brackets: every figure money.

A news roundup names the bodies a figure of its sentence's money ranks, each with its own
figure in brackets, 万 without 元 (trial 60's 1199, a news item on 黄埔区's 2013 三公 决算:
“三公”总数超**的部门共有5个,分别是区公安分局(900 .07万)、区城管局(385.76万)、教育局(229.89万)、
区农业园林局(105 .38万)和区水务局(102 .42万)). 万 alone is money only where a money word stands
just before it (``money``), so the items past the first few were dropped as counts. A list
after 分别是 / 分别为 / 依次是 / 依次为 of two items or more, each a name and its bracketed
figure and 万 (nothing after the 万 but the bracket's close), joined by 、, 和 or 及, is money
in every item where its sentence names money before the list (三公, 经费, 资金, 支出, 预算,
决算). A bracket holding a count (5人), a figure with 万 and a measure word (2万人), or a list
in a sentence naming no money reads nothing here.
"""

from __future__ import annotations

import re

from govkg.ingest.text.numbers import NUMBER

__all__ = ["bracketed_bodies"]

_ITEM = rf"[^\d、，,。；;:：()（）\n]{{1,16}}?[(（]\s*(?:{NUMBER})\s*万\s*[)）]"
"""A body's name, then its figure and 万 alone in brackets."""
_LIST = re.compile(
    rf"(?P<lead>(?:分别|依次)[是为])\s*[:：]?\s*(?P<items>{_ITEM}(?:\s*[、和及]\s*{_ITEM})+)"
)
_MONEY_BEFORE = re.compile(r"三公|经费|资金|支出|预算|决算")
_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
_FIGURE = re.compile(rf"(?P<fig>{NUMBER})\s*万(?=\s*[)）])")


def bracketed_bodies(text: str) -> list[tuple[int, int, int]]:
    """(start, end, lead's start) of each bracketed figure and 万 of such a list (above); the
    lead's start is where the list's 分别 / 依次 stands."""
    found = []
    for listed in _LIST.finditer(text):
        ends = list(_SENTENCE_END.finditer(text, 0, listed.start()))
        sentence_start = ends[-1].end() if ends else 0
        if not _MONEY_BEFORE.search(text, sentence_start, listed.start()):
            continue
        for figure in _FIGURE.finditer(text, listed.start("items"), listed.end("items")):
            found.append((figure.start(), figure.end(), listed.start()))
    return found
