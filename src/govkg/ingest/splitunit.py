"""A unit word split around a form's cells: a PDF table extracted in reading order onto one
line prints the header 情况(万元) around its figures, "情况(万 210 0 元)" or "况(万 210 元)".
The 元 after the last figure is the tail of 万元, so no figure there is an amount in 元:
each is a cell in 万元. Which column of the form each cell sits in the flattened text does
not show, so ``money`` lists them unread with the reason, never read (the kind of a cell
is its column's)."""

from __future__ import annotations

import re

__all__ = ["SPLIT_REASON", "SPLIT_UNIT", "split_cells"]

SPLIT_UNIT = re.compile(r"(?<=[(（])\s*[万萬](?P<cells>(?:\s+\d+(?:\.\d+)?)+)\s+元(?=\s*[)）])")
"""万 right after an opening bracket, then figures each set off by spaces, then 元 and the
closing bracket: "(万 210 0 元)". A figure written against its unit ("(万元 210)", "(210元)")
is no split unit."""
_CELL = re.compile(r"\d+(?:\.\d+)?")
SPLIT_REASON = (
    "a cell of a form whose unit word 万元 is split around its figures (万 … 元): in 万元, "
    "but the flattened text does not show which column it sits in, so its kind is not read"
)


def split_cells(text: str) -> list[tuple[int, int, str, tuple[int, int]]]:
    """Each figure inside a split unit: (start, end, figure, span of the whole split unit)."""
    out = []
    for found in SPLIT_UNIT.finditer(text):
        first = found.start("cells")
        for cell in _CELL.finditer(found["cells"]):
            out.append((first + cell.start(), first + cell.end(), cell.group(), found.span()))
    return out
