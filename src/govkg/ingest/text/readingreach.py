"""How far back a look-back of so many characters reaches when a mirror's readings are not
counted (twenty-seventh trial).

A mirror site prints a reading after many characters (結(jié)轉(zhuǎn)資(zī)金合計680.315萬(wàn)元):
the words before an amount take two or three times the characters they would. A look-back
of ``REACH`` characters then sees a third of the words it sees in the same text printed
plainly, and the kind word (結轉) falls out of it. Counting only the characters outside the
readings gives the text the same reach as without them; a text with no readings is
unchanged.
"""

from __future__ import annotations

from govkg.ingest.text.amounts import PINYIN

__all__ = ["reach_back"]


def reach_back(text: str, at: int, reach: int) -> int:
    """Where a look-back of ``reach`` characters from ``at`` starts, the readings inside it
    not counted (``at - reach`` where there are none); a reading is passed whole."""
    low = max(0, at - reach * 8)  # a reading is at most 8 characters
    readings = {found.end(): found.start() for found in PINYIN.finditer(text, low, at)}
    where, counted = at, 0
    while where > 0 and counted < reach:
        where = readings.get(where, where)  # 萬(wàn): the reading skipped, uncounted
        if where > 0:
            where, counted = where - 1, counted + 1
    return where
