"""A name standing as a cell of a flattened table is no signature (sixteenth trial).

A 部门决算's list of the units its accounts cover (序号 | 单位名称 |, flattened one cell per
line, each cell followed by a lone bar) ends a cut page on a name alone on its line:
"样例市某某服务中心" between two lines "|". It looks like a signature, but it is a row of
the list, often a subordinate unit, never the report's signer. A line is such a cell where
it ends on a bar itself, or the line right after it (or, failing that, right before it) is a
lone bar; a signature is written as a plain line, with no bar near it.
"""

from __future__ import annotations

import re

__all__ = ["in_table_cell"]

_BAR = re.compile(r"[ \t\u3000]*\|[ \t\u3000|]*")


def in_table_cell(text: str, at: int) -> bool:
    """Whether the name at ``at`` in ``text`` stands on a line that is a table's cell."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    if text[start:end].rstrip(" \t\u3000").endswith("|"):
        return True
    after = text[end + 1 : (text.find("\n", end + 1) + 1 or len(text) + 1) - 1]
    before = text[text.rfind("\n", 0, max(start - 1, 0)) + 1 : max(start - 1, 0)]
    return any(line and _BAR.fullmatch(line) for line in (after, before))
