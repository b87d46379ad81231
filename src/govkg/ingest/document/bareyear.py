"""A title whose year is written bare, without 年, between the unit and the genre (sixteenth
trial): "样例县某某中心小学2021项目资金绩效自评报告".

The usual title writes 2021年 (or 2021年度), and the title patterns need the 年. A school's
or a bureau's page may drop it: four digits glued between the name and the genre's words.
The name before them is the unit, exactly as a title's holder heads its line (``titleunit
.holder``: ending on an organisation word or a school's), and only where the digits are a
year (20xx) standing right before the genre: a document number (…[2021]94号) or a count
is no year, and no name read before it.
"""

from __future__ import annotations

import re

from govkg.ingest.document.titleunit import holder

__all__ = ["bare_year_holder"]

_BARE = re.compile(r"(?<![\d\[［〔【(（])20\d\d[ \t\u3000]*$")


def bare_year_holder(head: str, start: int, end: int) -> tuple[re.Match, re.Match] | None:
    """The unit heading the line from ``start`` and the bare year after it, where
    ``head[start:end]`` (``end``: where the genre's words begin) ends on a year written
    without 年 right after the unit's name; else None."""
    year = _BARE.search(head, start, end)
    if year is None:
        return None
    unit = holder(head, start, year.start())
    return (unit, year) if unit else None
