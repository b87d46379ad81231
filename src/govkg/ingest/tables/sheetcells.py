"""A spreadsheet's table flattened into text: its cells in 元 with thousands commas.

A 部门决算 .xls shared as text (the eighth held-out trial's 140) runs the 收入支出决算表 onto
one line under 金额单位:元, its heads unpiped (项目 支出 行次 栏次 金额) and its cells written
to the fen with thousands commas (9,947,522.55 … 总计 30 10,288,533.55), a 注: note inside
the table, after its heads, before its last row (注:1.本表反映…情况。 总计 60 …). ``loosecells``
lists such cells unread as it does 83.22: a cell here is ``CELL`` (a comma-grouped figure
with its fen is one cell, never three); the heads 行次 … 金额 unpiped on one line under a
table's title name its money column as the piped ones do; and a 注: note's sentence after
the heads does not end the table the way a body sentence does (the unit may be another's
after a sentence; a note between the unit's declaration and the heads still ends it). A
comma-grouped figure with no decimal point (1,234) or a sentence's amount with its unit
(9,947,522.55元) is no cell here.
"""

from __future__ import annotations

import re

__all__ = ["AMOUNT_COLUMN", "CELL", "table_end"]

CELL = re.compile(
    r"(?<![\d.,\-/:：])(?:\d{1,3}(?:,\d{3})+|\d{1,9})\.\d{1,6}"
    r"(?![\d.,%％]|\s*(?:[万亿]|元|％|%))"
)
"""A decimal cell of its own: 83.22, 52.800000, or 9,947,522.55 (no unit word, no % after)."""
AMOUNT_COLUMN = re.compile(r"行次\s*\|\s*金额\s*\||行次[ \t]+(?:栏次[ \t]+)?金额(?=\s)")
"""A money column's head in a row of heads: piped (行次 | 金额 |) or a sheet's on one line
(行次 栏次 金额; heads one a line are ``accountstables``')."""
_NOTE = re.compile(r"(?:^|[\s|])注\s*[：:]")


def table_end(text: str, start: int, stop: int) -> int:
    """Where a table whose money column's head ends at ``start`` ends before ``stop``: at the
    first sentence's 。 that is not a 注: note's (a note inside the table, after its heads,
    ends nothing; one between the unit's declaration and the heads still does)."""
    at = start
    while (sentence := text.find("。", at, stop)) >= 0:
        note = _NOTE.search(text, max(start, sentence - 120), sentence)
        if note is None or "。" in text[note.end() : sentence]:
            return sentence
        at = sentence + 1
    return stop
