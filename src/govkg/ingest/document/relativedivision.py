"""A division named relative to its department is no unit (twenty-first trial).

A provincial department's page names the division that posted it as its own staff say it:
"来源:厅公共服务处" (the 厅's 公共服务处), "局办公室", "委财务处". The name opens on the bare
department word (厅, 局, 委), not on a place or a full name, and ends on a division's word (处,
科, 室, 股): it says which division of an unnamed department wrote the page, not which unit
reports; the text names no department, so the unit stays unnamed, never guessed from the host.
A placed or full name (来源:青岚市财政局, 县委宣传部, 委员会办公室) is read as before.
"""

from __future__ import annotations

import re

__all__ = ["is_relative_division"]

_RELATIVE_DIVISION = re.compile(r"^(?:厅|局|委(?!员会))[\u4e00-\u9fff]{1,12}?(?:处|科|室|股)$")


def is_relative_division(name: str) -> bool:
    """Whether ``name`` is a division named after the bare word of its department."""
    return bool(_RELATIVE_DIVISION.match(name))
