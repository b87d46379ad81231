"""Whether a place in a 决算 note lies in its section on revenue (forty-second trial).

A 决算 note heads its parts: (二)部门决算收入来源情况 before where the money came from,
(三)部门决算支出情况 before where it went. A section whose heading names 收入 and not 支出
states revenue: its figures (财政拨款, the function classes under it) are money received,
read as revenue by ``revenueclasses`` and hung under no spending total by the line tree. A
heading naming both (收入支出决算总体情况) says nothing of either side; a heading's words end
at its first figure or stop, so a section opening with a sentence (一)一般公共预算:…收入…
is not read as on revenue by that sentence.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.text.headingabove import heading_above

__all__ = ["REACH", "revenue_heading"]

_HEADING = re.compile(
    r"(?m)^[ \t\u3000]*(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+[、.．])"
    r"(?P<words>[^\n。，,：:；;\d０-９]*)"
)  # its words stop at the first figure or stop: (一)一般公共预算:…收入… is not on revenue
REACH = 3000  # characters before a place in which its section's heading is looked for


def revenue_heading(text: str, start: int) -> re.Match | None:
    """The heading of the section ``start`` lies in, if that section is on revenue."""
    heading = heading_above(_HEADING, text, start, REACH)
    if heading is None:
        return None
    words = PINYIN.sub("", heading["words"])
    return heading if "收入" in words and "支出" not in words else None
