"""A row of a piped grid cut into its cells with its empty cells kept (sixty-second trial).

A whole-department form's grid flattened with runs of ``|`` (trial 62's 1263, 岳阳县's
年度收入情况(万元)) writes each cell on a line of its own, a bar after it (on its line or the
next), and an empty cell as a bar alone; a line of bars (``|||||||||``) ends the row:

    局机关及二级机构汇总
    |
    229.46
    |
    37.23
    |
    106.13
    |
    |
    |
    86.1
    |
    |||||||||||

Cut on every bar, the row keeps its two empty cells (政府基金拨款, 纳入专户管理的非税收入拨款),
so its 86.1 is the sixth cell, 其他收入: a cut that drops empty cells cannot tell. A row is
cut only where it is that plain: bars between its cells and nothing else, each cell one word
(a cell over two lines is not cut), and a line of bars within ``REACH`` characters.
"""

from __future__ import annotations

import re

__all__ = ["piped_row"]

REACH = 600  # characters from a row's label to the line of bars that ends it
_ROW_END = re.compile(r"\n[ \t\u3000]*\|{2,}")
"""A line opening with a run of bars: a row's end (the cleaning may join the next row's label
onto it: ``|||||||||||部门(``)."""


def piped_row(text: str, at: int) -> tuple[list[tuple[int, int, str]], int] | None:
    """The cells after a row's label ending at ``at`` ((start, end, words), ``""`` for an empty
    cell) and where the row's line of bars ends; None where the row is not that plain."""
    end = _ROW_END.search(text, at, min(len(text), at + REACH))
    if end is None:
        return None
    parts = text[at : end.start()].split("|")
    if len(parts) < 3 or parts[0].strip() or parts[-1].strip():
        return None
    cells, position = [], at + len(parts[0]) + 1
    for part in parts[1:-1]:
        words = part.strip()
        if re.search(r"\s", words):
            return None  # a cell over two lines or two words: not cut
        start = position + len(part) - len(part.lstrip())
        cells.append((start, start + len(words), words))
        position += len(part) + 1
    return cells, end.end()
