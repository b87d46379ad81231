"""Figures whose comma groups fewer than three digits (677,00元): listed, never read.

A comma inside a figure is a thousands separator only before three digits (1,356,090.00元);
``NUMBER`` reads no other, so a figure typed with a comma before one or two digits
(初步设计及概算评审费677,00元, thirtieth trial) was no amount at all and left the draft
silently. As written it is neither 67,700 nor 677.00 (a slip of the comma, or a comma for the
point): no rule may choose, so ``money`` lists it unread, cited, with this reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

__all__ = ["MISGROUPED_REASON", "POINTED_REASON", "Misgrouped", "misgrouped"]

_MISGROUPED = re.compile(
    r"(?<![\d.,，])(?P<fig>\d{1,3}(?:,\d{3})*,\d{1,2}(?![\d,]))\s*(?P<unit>亿元|万元|元)"
)
MISGROUPED_REASON = (
    "a comma inside this figure groups fewer than three digits: it is neither a thousands "
    "separator nor a decimal point as written, so the amount cannot be read (amount 0 stands "
    "for none)"
)


_POINTED = re.compile(
    r"(?<![\d.,，])(?P<fig>\d{1,3}(?:\.\d{3})+\.\d{1,2}(?![\d.,]))\s*(?P<unit>亿元|万元|元)"
)
"""A figure with two points or more (收、支总计均为3.042.27万元: trial 65's 1364): a point typed
for the thousands comma, or a slip; read as written it is no number, and which point is the
decimal one the figure does not say, so it is listed unread like a misplaced comma."""
POINTED_REASON = (
    "this figure holds more than one point: one of them stands for a thousands separator or "
    "is a slip, and the figure as written does not say which, so the amount cannot be read "
    "(amount 0 stands for none)"
)


@dataclass(frozen=True)
class Misgrouped:
    start: int
    end: int
    figure: str  # as written, comma kept
    unit: str
    yuan: Decimal  # 0 for none: any figure given would be a guess between two readings
    reason: str = MISGROUPED_REASON


def misgrouped(text: str) -> Iterator[Misgrouped]:
    """Each figure with a misplaced comma, or with two points, and its unit word, in text
    order."""
    found = [(m, MISGROUPED_REASON) for m in _MISGROUPED.finditer(text)]
    found += [(m, POINTED_REASON) for m in _POINTED.finditer(text)]
    for match, reason in sorted(found, key=lambda pair: pair[0].start()):
        yield Misgrouped(
            match.start(), match.end(), match["fig"], match["unit"], Decimal(0), reason
        )
