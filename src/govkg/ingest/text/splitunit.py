"""A unit word split around a form's cells: a PDF table extracted in reading order onto one
line prints the header 情况(万元) around its figures, "情况(万 210 0 元)" or "况(万 210 元)".
The 元 after the last figure is the tail of 万元, so no figure there is an amount in 元:
each is a cell in 万元. Which column of the form each cell sits in the flattened text does
not show, so ``money`` lists them unread with the reason, never read (the kind of a cell
is its column's).

The form's block goes on past the split unit: "况(万 210 元) 项目年份 财政拨款数 指标结余数 210 0
实际支付数 资金结余、结转数 197.33 12.67" holds the block's further cells, its labels and
figures each set off by blanks, in the same 万元 (corpus round 16). They are listed unread
too, up to the block's end: the first word that states a unit, a share or a bracket of its
own (元, %, 分, a heading's "项目资金构成(…)"), or a figure glued to its word (0次: a
count). A year (2021) among them is no cell."""

from __future__ import annotations

import re

__all__ = ["SPLIT_REASON", "SPLIT_UNIT", "split_cells"]

SPLIT_UNIT = re.compile(r"(?<=[(（])\s*[万萬](?P<cells>(?:\s+\d+(?:\.\d+)?)+)\s+元(?=\s*[)）])")
"""万 right after an opening bracket, then figures each set off by spaces, then 元 and the
closing bracket: "(万 210 0 元)". A figure written against its unit ("(万元 210)", "(210元)")
is no split unit."""
_CELL = re.compile(r"\d+(?:\.\d+)?")
SPLIT_REASON = (
    "a cell of a form block whose unit word 万元 is split around its figures (万 … 元): in "
    "万元, but the flattened text does not show which column it sits in, so its kind is not read"
)


_TOKEN = re.compile(r"\S+")
_BLOCK_END = re.compile(r"[元%％分(（)）\d]")
_YEAR = re.compile(r"(?:19|20)\d\d")
MAX_AFTER = 12  # figures of a block read past its split unit
MAX_REACH = 300  # characters looked at past it


def split_cells(text: str) -> list[tuple[int, int, str, tuple[int, int]]]:
    """Each figure inside a split unit, then each cell of its block after it: (start, end,
    figure, span of the whole split unit, or of the cell itself after it)."""
    out = []
    for found in SPLIT_UNIT.finditer(text):
        first = found.start("cells")
        for cell in _CELL.finditer(found["cells"]):
            out.append((first + cell.start(), first + cell.end(), cell.group(), found.span()))
        out += _block_after(text, found.end() + 1)
    return out


def _block_after(text: str, start: int) -> list[tuple[int, int, str, tuple[int, int]]]:
    """The figures set off by blanks after a split unit's closing bracket, to its block's end."""
    cells = []
    for token in _TOKEN.finditer(text, start, min(len(text), start + MAX_REACH)):
        if _CELL.fullmatch(token.group()) and not _YEAR.fullmatch(token.group()):
            cells.append((token.start(), token.end(), token.group(), token.span()))
            if len(cells) == MAX_AFTER:
                break
        elif _BLOCK_END.search(token.group()):
            break
    return cells
