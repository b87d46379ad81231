"""A line stated in a 决算's section on revenue is no part of a spending line outside it.

(二)部门决算收入来源情况 breaks the year's revenue down (财政拨款3961.45万元, then its
function classes); the tree would hang those lines under the year's 总支出 as it hangs any
line with no other head, and money received would count as parts of money spent. In a
section whose heading names 收入 and not 支出 (``kinds/revenuesection``), a line keeps a
parent only within the section (a 款 under its 类); one the text places itself (``under``)
stays.
"""

from __future__ import annotations

from dataclasses import replace

from govkg.ingest.facts import Line
from govkg.ingest.kinds.revenuesection import revenue_heading

__all__ = ["unhung_from_spending"]


def unhung_from_spending(lines: list[Line], text: str) -> list[Line]:
    """``lines`` with each line of a revenue section hung under nothing outside it."""
    section: dict[str, int | None] = {}
    for line in lines:
        heading = revenue_heading(text, line.cites[0].end) if line.cites else None
        section[line.key] = heading.start() if heading else None
    out = []
    for line in lines:
        own = section.get(line.key)
        outside = line.parent is not None and section.get(line.parent) != own
        if own is not None and outside and not line.under:
            line = replace(line, parent=None)
        out.append(line)
    return out
