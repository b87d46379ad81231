"""Where a money table states its unit: in a header cell ("预算数（万元）", "单位:万元"),
or on a line of its own above the header rows ("单位:万元" over a multi-level header).
A table without a stated unit has no amounts a reader may state. A caption whose closing
parenthesis the page lost (经费控制情况(万元, a cell alone: ``open_unit``) still states it."""

from __future__ import annotations

import re

__all__ = ["DECLARED", "cell_unit", "declared_unit", "open_unit", "unit_above"]

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


_OPEN = re.compile(r"[（(][ \t\u3000]*(?:单位\s*[：:]\s*)?(?P<unit>万元|元|亿元)[ \t\u3000]*$")


def open_unit(cell: str) -> str | None:
    """The unit of a caption cell that lost its closing parenthesis (eighteenth held-out
    trial: a Hunan form pasted one cell a paragraph, 经费控制情况(万元 and 年度预算申请 / (万元,
    where ``)`` stood on a line of the cell the page dropped). Only where the unit ends the
    whole cell (a line): 预算(万元 ) is ``cell_unit``'s, and a sentence's (万元 followed by
    more words is no caption."""
    found = _OPEN.search(cell.strip())
    return found["unit"] if found else None


def declared_unit(text: str, start: int, reach: int) -> str | None:
    """The unit a table line declares within ``reach`` characters above ``start``, with no
    sentence (。) between the declaration and ``start``; else None."""
    above = text[max(0, start - reach) : start]
    found = list(DECLARED.finditer(above))
    if not found or "。" in above[found[-1].end() :]:
        return None
    return found[-1]["unit"] or found[-1]["unit2"]
