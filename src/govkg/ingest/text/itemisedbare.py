"""The numbered items of a sum of money, each written with 万 and no 元.

万 without 元 is read as money only before a clause's end or a fund's name (``amounts``), and
the kinds' rules keep such a 万 only where a money word stands just before it: 2万户, 3万人次 are
counts. A sentence that states a sum of money in 元 and then lists what it is for, numbered
(安排预算内专项经费180万元,主要项目:1、委员补助21万;2、常委活动8万;3、联络3万;…: trial 63's
1278, a CPPCC office's budget on a mirror that prints readings, 8萬(wàn)), states money in every
item, whether or not the item's own words name money (常委活动, 联络). The list needs two items at
least, each its number (1、, 2.), its words and a figure with 万 and nothing after it but the
item's end (；, ，, 。); an amount in 元 must stand before the colon in its sentence. An item
whose 万 a measure word follows (2万人) ends the list there, and a list after no amount in 元
(活动:1、参加2万;…) reads nothing this way.
"""

from __future__ import annotations

import re

from govkg.ingest.text.numbers import NUMBER

__all__ = ["itemised_bare"]

_READING = r"(?:[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）])?"
_ITEM = re.compile(
    rf"(?:\d{{1,2}}[、.．]|[(（]\d{{1,2}}[)）])[^\d。；;：:\n]{{1,30}}?"
    rf"(?P<fig>{NUMBER})万{_READING}(?=\s*(?:[；;，,。]|$))"
)
"""An item: its number, its words, a figure and 万 (a reading after it), then the item's end."""
_SEPARATOR = re.compile(r"\s*[；;，,]\s*")
_COLON = re.compile(r"[:：]\s*")
_AMOUNT = re.compile(rf"\d\s*[万亿]?{_READING}\s*元")
"""An amount in 元 (180萬(wàn)元) before the colon, in its sentence."""
_SENTENCE_END = re.compile(r"[。；;！？!?\n]")


def itemised_bare(text: str) -> list[tuple[int, int]]:
    """(start, end) of each 万-alone item of a numbered list of a stated sum (see above)."""
    found: list[tuple[int, int]] = []
    for colon in _COLON.finditer(text):
        ends = list(_SENTENCE_END.finditer(text, max(0, colon.start() - 200), colon.start()))
        sentence_start = ends[-1].end() if ends else max(0, colon.start() - 200)
        if not _AMOUNT.search(text, sentence_start, colon.start()):
            continue
        items: list[tuple[int, int]] = []
        at = colon.end()
        while (item := _ITEM.match(text, at)) is not None:
            items.append((item.start("fig"), item.end()))
            separator = _SEPARATOR.match(text, item.end())
            if separator is None:
                break
            at = separator.end()
        if len(items) >= 2:
            found += items
    return found
