"""Scans the rules share that stay linear on any text, however dense or hostile.

A regex that strips a tail of words (``(?:为|共计|…)+$``) retries from every character and
backtracks through every way of splitting 共计共计… (exponential); a look-back to the last
comma rescans the text from each figure; an unclosed 《 makes ``《[^》]*》`` read to the end
once per 《. These give the same answers in one pass, and ``REACH`` bounds the rest.
"""

from __future__ import annotations

import bisect
import re
from array import array

__all__ = ["REACH", "Marks", "strip_tail", "title_spans"]

REACH = 400  # no clause or sentence of a report is longer; bounds every look back or ahead


def strip_tail(text: str, words: tuple[str, ...]) -> str:
    """``text`` without its longest tail made of ``words``: ``re.sub("(?:w1|w2|…)+$", "",
    text)`` for a text without line breaks, in time linear in the tail.

    >>> strip_tail("项目支出共计为", ("共计", "为", "共", "计"))
    '项目支出'
    """
    if not text.endswith(words):
        return text
    longest = max(map(len, words))
    whole = {len(text)}  # where a tail made of words starts (the empty one at the end)
    cut = len(text)
    at = cut - 1
    while at >= 0 and at >= cut - longest:  # further left, no word reaches a tail
        if any(text.startswith(word, at) and at + len(word) in whole for word in words):
            whole.add(at)
            cut = at
        at -= 1
    return text[:cut]


def title_spans(text: str) -> list[tuple[int, int]]:
    """The spans of 《titles》, as ``re.finditer("《[^》]*》", text)`` finds them.

    >>> title_spans("见《办法《细则》》和《未完")
    [(1, 8)]
    """
    spans: list[tuple[int, int]] = []
    start = text.find("《")
    while start >= 0:
        close = text.find("》", start)
        if close < 0:
            break  # no 》 after this 《, so none after any later one either
        spans.append((start, close + 1))
        start = text.find("《", close + 1)
    return spans


class Marks:
    """Where the one-character marks of ``pattern`` stand in ``text``: the nearest one either
    side of a span is found by bisection, not by rescanning up to REACH characters per figure.
    """

    def __init__(self, text: str, pattern: re.Pattern[str]) -> None:
        self.length = len(text)
        self.at = array("i", (match.start() for match in pattern.finditer(text)))

    def around(self, start: int, end: int) -> tuple[int, int]:
        """From after the last mark before ``start`` to the first mark at or after ``end``,
        each looked for at most REACH characters away."""
        floor = max(0, start - REACH)
        before = bisect.bisect_left(self.at, start) - 1
        left = self.at[before] + 1 if before >= 0 and self.at[before] >= floor else floor
        after = bisect.bisect_left(self.at, end)
        if after < len(self.at) and self.at[after] < end + REACH:
            return left, self.at[after]
        return left, min(self.length, end + REACH)
