"""A figure compared with, written without its unit: listed unread, never lost (fifth trial).

A report of the year's accounts may give last year's total bare and the change in 万元:
相比2016年的總收入6871.82減少243.10萬元. ``money`` takes only figures with a unit word, so
6871.82 was missing from the draft. Its unit is very likely the change's, but the text does
not write it, and its kind (the total of another year) is for a reviewer to confirm: so,
where a figure with a decimal point stands right after (相比|比|较|与)…年…'s words and right
before 增加/减少/增长/下降 and a figure with its unit, it is listed unread in that unit,
saying so. A bare figure anywhere else (a 行次, a count, 增长2.4%) is not taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govkg.ingest.facts import cite
from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.text.numbers import yuan
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_unitless_compared"]

RULE = "money-figure"
_COMPARED = re.compile(
    r"(?:相比|比|较|与)\s*(?:20\d\d\s*年度?的?[^，,。；;\d\n]{1,12}?|(?:上年|去年)(?=\d))"
    r"(?P<fig>(?<![\d.])\d{1,9}\.\d{1,4})(?![\d.%％]|\s*[万亿元])"
    r"(?=\s*(?:增加|减少|增长|下降|[增减]支?)了?\s*\d[\d,]*(?:\.\d+)?\s*(?P<unit>万元|亿元|元))"
)
"""相比2016年的總收入6871.82減少243.10萬元; 较上年904.54增165.52万元 (trial 63's 1290, a budget
note: last year's figure right after 较上年, a bare 增 before the change)."""
REASON = (
    "a figure written without its unit word (the change after it is in {unit}; the text "
    "does not say this figure is): not read"
)


def find_unitless_compared(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """Each bare figure compared with (see above), unread."""
    text = simplified(view.text)
    for found in _COMPARED.finditer(text):
        unit = found["unit"]
        yield MoneyFound(
            rule=RULE,
            cites=(cite(view, found.start(), found.end("fig")),),
            amount=yuan(found["fig"], unit),
            figure=found["fig"],
            unit=unit,
            as_written=cite(view, found.start("fig"), found.end("fig")).quote,
            kind=None,
            label=None,
            year=year,
            reason=REASON.format(unit=unit),
        )
