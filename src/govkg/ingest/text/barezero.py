"""A zero written bare after the kind of money it is, its neighbours in one unit (trial 61).

A 三公 note may state an item's nought with no unit word (trial 61's 1220, a procuratorate's
half-year 三公 budget: 1.因公出国(境)费预算支出0万元,与上年持平。 … (1)公务用车购置费预算支出为0,
与上年持平): the figure was missing from the draft. A zero is nought yuan in any unit, so
its amount is sure; where it stands right after 为 and a word that names its money's kind
(预算支出为0, 支出为0, 决算为0, 预算数为0), a clause's end right after it (never 0.5, 0%, 0个,
0万元: read as they are), and the amounts written with a unit word in the stretch before it
are all in one unit word, it is an amount in that unit, read by the words before it as any
amount is. A zero after words that name no kind (经费为0, 预算数上为0), or with no unit
before it, or units of two words before it, reads nothing.
"""

from __future__ import annotations

import re

__all__ = ["bare_zeros"]

_ZERO = re.compile(
    r"(?:(?:预算|决算)?支出|预算数?|决算数?)(?:金额)?为(?P<zero>0)(?=[，,。；;]|\s*$)"
)
_UNIT = re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s*(亿元|万元|元)")
REACH = 300  # characters before the zero in which its neighbours stand


def bare_zeros(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, figure, unit word) of each bare zero its neighbours give a unit (above)."""
    found = []
    for zero in _ZERO.finditer(text):
        units = {m[1] for m in _UNIT.finditer(text, max(0, zero.start() - REACH), zero.start())}
        if len(units) == 1:
            found.append((zero.start("zero"), zero.end("zero"), "0", units.pop()))
    return found
