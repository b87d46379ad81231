"""A total written without its unit word, its parts listed right after it in one unit.

A news item may drop the unit of a sentence's first figure and write it after each of the
figures that follow (trial 54's 929, a news site's copy of a central administration's 三公
note: 2010年“三公经费”财政拨款决算数合计373.74,因公出国(境)费200.00万元,公务用车购置及运行费
92.74万元,公务接待费81.00万元。). The figure after a total's word (合计, 总计, 共计, with 为 /
是 / 达 between) that stands alone before the clause's comma is then in its parts' unit where
the sentence goes on to list two amounts or more, all in one unit word, and they add up to
it exactly (200.00 + 92.74 + 81.00 = 373.74): the text's own arithmetic says the unit. A
sum that misses by a fen, parts in two unit words, a single part, or a figure with a unit,
a percent or a measure word of its own after it read nothing.
"""

from __future__ import annotations

import re
from decimal import Decimal

from govkg.ingest.text.numbers import NUMBER, number_value

__all__ = ["unitless_totals"]

_TOTAL = re.compile(
    rf"(?:合\s*计|总\s*计|共\s*计)(?:为|是|达)?\s*(?P<fig>{NUMBER})(?=\s*[,，;；])"
)
"""A total's word, then its figure right before the clause's comma: no unit of its own."""
_PART = re.compile(rf"(?P<fig>{NUMBER})\s*(?P<unit>亿元|万元|元)")
_SENTENCE_END = re.compile(r"[。！？!?\n]")


def unitless_totals(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, figure, unit word) of each total the sum of its parts gives a unit."""
    found = []
    for total in _TOTAL.finditer(text):
        end = _SENTENCE_END.search(text, total.end())
        parts = list(_PART.finditer(text, total.end(), end.start() if end else len(text)))
        units = {re.sub(r"\s+", "", part["unit"]) for part in parts}
        if len(parts) < 2 or len(units) != 1:
            continue
        summed = sum((number_value(part["fig"]) for part in parts), Decimal(0))
        if summed != number_value(total["fig"]):
            continue
        found.append((total.start("fig"), total.end("fig"), total["fig"], units.pop()))
    return found
