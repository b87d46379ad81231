"""The last part of a 其中 list written without its unit word, the total before 其中 its sum.

A budget note may drop the unit of the last part it lists after a total (trial 60's 1190, a
library's 2023 预算: 2023年初预算数754.51万元,其中:一般公共预算拨款746.50万元上年结转8.01。): the
figure was missing from the draft. Where a figure with decimals ends the 其中 clause (a 。 or
; right after it), each part before it in that clause is a label and a figure in one unit
word, the total right before 其中 is in that unit word too, and the parts with the bare figure
add up to the total exactly (746.50 + 8.01 = 754.51), the bare figure is the list's last part
in that unit: the text's own arithmetic says it. A sum that misses by a fen, parts or total in
two unit words, a figure without decimals, one with a percent or a measure word after it, or
one at the text's end (cut there: digits perhaps lost) read nothing.
"""

from __future__ import annotations

import re
from decimal import Decimal

from govkg.ingest.text.numbers import NUMBER, number_value

__all__ = ["unitless_last_parts"]

_UNIT = r"亿元|万元|元"
_OPENING = re.compile(rf"(?P<fig>{NUMBER})\s*(?P<unit>{_UNIT})\s*[,，]?\s*其中\s*[:：]?")
"""The total, its unit word, then 其中 opening its parts."""
_PART = re.compile(
    rf"\s*(?P<label>[\u4e00-\u9fff()（）]{{2,20}}?)(?P<fig>{NUMBER})\s*(?P<unit>{_UNIT})\s*[,，、]?"
)
_LAST = re.compile(
    r"\s*(?P<label>[\u4e00-\u9fff()（）]{2,20}?)(?P<fig>(?<![\d.])\d{1,9}\.\d{1,4})(?=[。；;])"
)
"""The last part: a label, then a figure with decimals right before the clause's end."""


def unitless_last_parts(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, figure, unit word) of each last part its total's sum gives a unit."""
    found = []
    for opening in _OPENING.finditer(text):
        at, parts = opening.end(), []
        while part := _PART.match(text, at):
            parts.append(part)
            at = part.end()
        last = _LAST.match(text, at)
        if not parts or last is None:
            continue
        units = {part["unit"] for part in parts} | {opening["unit"]}
        if len(units) != 1:
            continue
        summed = sum((number_value(part["fig"]) for part in parts), Decimal(0))
        if summed + number_value(last["fig"]) != number_value(opening["fig"]):
            continue
        found.append((last.start("fig"), last.end("fig"), last["fig"], units.pop()))
    return found
