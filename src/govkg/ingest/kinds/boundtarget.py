"""Rule ``bound-target``: an amount written after a bound (≥, ≤, >, <) is a target, PLANNED.

An indicator table states each goal as a bound on what is to be reached, 年度指标值 ≥150万元,
and what was reached beside it, 全年完成值 188.6万元. Flattened, the row runs together
(影院营业收入 ≥150万元 188.6万元 5 5) and the indicator's name (收入, 支出, 经费) would give
the bound the kind of what was reached. No statement of what was received or spent is
written as a bound: the amount right after ≥ / ≤ / > / < (or their full-width forms, ≧ ≦)
is what the year aimed at, PLANNED. Only a kind the words said of money's flow (REVENUE,
SPENDING, BUDGET, CARRY_OVER) or none is replaced: a bound on the economy's figures
(OTHER), a change or a price keeps its reading; the figure after it (188.6万元) keeps its own.
"""

from __future__ import annotations

import re

__all__ = ["bound_target_kind"]

_BOUND = re.compile(r"(?:[≥≤><＞＜≧≦]|>=|<=)[ \t\u3000]*$")
OPEN = (None, "REVENUE", "SPENDING", "BUDGET", "CARRY_OVER")


def bound_target_kind(text: str, start: int, kind: str | None) -> str | None:
    """PLANNED for the amount at ``start`` written right after a bound; else ``kind``."""
    if kind not in OPEN or not _BOUND.search(text, max(0, start - 4), start):
        return kind
    return "PLANNED"
