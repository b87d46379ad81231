"""Where a money table states its unit: in a header cell ("预算数（万元）", "单位:万元"),
or on a line of its own above the header rows ("单位:万元" over a multi-level header).
A table without a stated unit has no amounts a reader may state."""

from __future__ import annotations

import re

__all__ = ["DECLARED", "cell_unit", "unit_above"]

DECLARED = re.compile(
    r"[（(]\s*(?:单位\s*[：:]\s*)?(?P<unit>万元|元|亿元)\s*[）)]|单位\s*[：:]\s*(?P<unit2>万元|元|亿元)"
)


def cell_unit(cell: str) -> str | None:
    """The unit a header cell declares, if any."""
    found = DECLARED.search(cell)
    return (found["unit"] or found["unit2"]) if found else None


_UNIT_ABOVE = re.compile(r"(?:^|\n)[ \t\u3000]*(?:金额)?单位\s*[：:]\s*(?P<unit>万元|元|亿元)\s*\n")
_NOT_HEADER = re.compile(r"\d|[。；;]")


def unit_above(text: str, start: int) -> str | None:
    """The unit on a line of its own above a piped table's header rows ("单位:万元" over
    a multi-level header of 三公 columns): its unit where only header words lie between."""
    found = None
    for found in _UNIT_ABOVE.finditer(text, max(0, start - 400), start):  # noqa: B007
        pass
    if found is None or _NOT_HEADER.search(text, found.end(), start):
        return None
    return found["unit"]
