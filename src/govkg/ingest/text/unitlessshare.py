"""A part of a 其中 list written without its unit word, its stated share of the total its unit's
proof (trial 64).

A budget note may drop the unit of a part it lists after a total and state the part's share of
that total right after it (trial 64's 1315, a town's 2025 部门预算: 2025支出预算7842977.60元。
其中:一般公共服务支出2713623.00,34.60%;社会…): the figure was missing from the draft. Where a
figure with decimals stands as a part under 其中 right after a total in a unit word, followed by
a comma and a percent, and the figure over the total, in the total's unit, is that percent
(rounded as written: 2713623.00 / 7842977.60 = 34.60%), the figure is in the total's unit: the
text's own arithmetic says it. A share that does not match, a figure without decimals, or a
part with no share after it reads nothing.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from govkg.ingest.text.numbers import NUMBER, number_value

__all__ = ["unitless_shares"]

_OPENING = re.compile(rf"(?P<fig>{NUMBER})\s*(?P<unit>亿元|万元|元)\s*[,，。；;]?\s*其中\s*[:：]?")
"""The total, its unit word, then 其中 opening its parts."""
_PART = re.compile(
    r"\s*(?P<label>[\u4e00-\u9fff()（）]{2,20}?)(?P<fig>(?<![\d.])\d{1,12}\.\d{1,4})"
    r"\s*[,，]\s*(?P<share>\d{1,3}(?:\.(?P<places>\d{1,4}))?)\s*[%％]"
)
"""A part: its label, a figure with decimals and no unit word, a comma, its share."""


def unitless_shares(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, figure, unit word) of each part its stated share gives a unit (above)."""
    found = []
    for opening in _OPENING.finditer(text):
        part = _PART.match(text, opening.end())
        total = number_value(opening["fig"])
        if part is None or not total:
            continue
        places = Decimal(1).scaleb(-len(part["places"] or ""))
        share = (number_value(part["fig"]) * 100 / total).quantize(places, ROUND_HALF_UP)
        if share == Decimal(part["share"]):
            found.append((part.start("fig"), part.end("fig"), part["fig"], opening["unit"]))
    return found
