"""Rule ``money-table``: a two years' budget table flattened one cell a line, each cell closed
by its bar, its rows proven by their change (trial 63's 1292, a college's 2015 budget note).

A budget note compares its revenue with last year's in a table a page flattened a cell a line:

    单位:万元
    项目 |
    2014年预算 |
    2015年预算 |
    增长额 |
    增长率 |
    一、预算拨款 |
    25,689.62 |
    28,635.96 |
    2,946.34 |
    11.47% |
    事业收入 |
    350.00 |
    330 |
    -20.00 |
    -5.71% |

No head names a kind the generic reader knows (2014年预算 is a year's 预算, 增长额 a change), so
every cell was missing. Here a run of bar lines is such a table where it opens on a label head
(项目, 项目名称), then two years' budget heads (<year>年预算(数), the later year after the
earlier), then the change head (增长额, 增减额, 增减, 增加额) and at most one rate head (增长率,
增减率, 增幅), under a unit stated on one of the two lines above (单位:万元). Each row is its
label cell (words, never a figure) and exactly one cell for each head, and is read only where
its change is its second figure less its first (to half the last decimal written) and its rate,
if written, that change over the first: then no cell can sit in another's column. The years'
cells are budgets of their years, the change a CHANGE (its minus sign, its direction, left out
of the quote and said in the label). A row that is not proven, or a year's cell below zero,
is listed unread; a row of other cells (a bar alone, a cell lost) ends the table, its cells
left to the other rules. No unit above the head: nothing is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.tables.comparedrows import change_proven
from govkg.ingest.tables.tableunits import DECLARED
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_bar_line_compared"]

RULE = "money-table"
MAX_ROWS = 40
_CELL = re.compile(r"(?:\A|(?<=[|\n]))[ \t\u3000]*(?P<cell>[^|\n]*?)[ \t\u3000]*\|")
"""A cell closed by its bar, tried only at a line's start or right after a bar (where
finditer's matches start anyway): a long line with no bar is scanned once, not once a
character (a run of 60,000 一 took minutes)."""
_LABEL_HEAD = re.compile(r"项\s*目(?:名称)?")
_YEAR_HEAD = re.compile(r"(?P<year>20\d\d)\s*年度?\s*预\s*算\s*数?")
_CHANGE_HEAD = re.compile(r"增长额|增减额|增加额|增减|增减值")
_RATE_HEAD = re.compile(r"增长率|增减率|增幅|增减%|增长%")
_FIGURE = re.compile(r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_RATE = re.compile(r"-?\d+(?:\.\d+)?%")
_LABEL = re.compile(r"[\u4e00-\u9fff]")
_NUMBERING = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.、．])"
)
UNPROVEN_REASON = (
    "a cell of a table of {first}年预算 and {second}年预算 and their change, in {unit}, flattened "
    "one cell a line, whose row's change is not its second figure less its first: its columns "
    "are not proven, not read"
)


def find_bar_line_compared(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """Each such table's rows (see above), read where proven, else listed unread."""
    text = simplified(view.text)
    runs = _runs(text)
    for cells in runs:
        at = 0
        while at < len(cells):
            head = _head(text, cells, at)
            if head is None:
                at += 1
                continue
            first, second, width, unit = head
            heads = tuple(re.sub(r"\s+", "", c) for _, c in cells[at + 1 : at + 4])
            at += 1 + width
            for _ in range(MAX_ROWS):
                row = cells[at : at + 1 + width]
                if len(row) < 1 + width or not _is_label(row[0][1]):
                    break
                figures = row[1:]
                if not all(_FIGURE.fullmatch(c) for _, c in figures[:3]) or not all(
                    _RATE.fullmatch(c) for _, c in figures[3:]
                ):
                    break
                at += 1 + width
                yield from _row(view, row[0][1], figures, unit, (first, second), heads)


def _runs(text: str) -> list[list[tuple[int, str]]]:
    """The runs of cells each closed by its bar, one after another with only blanks or one
    line break between them (a line of them, or one a line): each cell's offset and words."""
    runs: list[list[tuple[int, str]]] = []
    last_end = -1
    for found in _CELL.finditer(text):
        gap = text[last_end : found.start()] if last_end >= 0 else None
        if gap is None or gap.strip() or gap.count("\n") > 1:
            runs.append([])
        runs[-1].append((found.start("cell"), found["cell"]))
        last_end = found.end()
    return [run for run in runs if len(run) >= 8]


def _head(text: str, cells: list[tuple[int, str]], at: int) -> tuple[int, int, int, str] | None:
    """(first year, second year, cells a row holds, unit) where a head opens at ``at``."""
    if not _LABEL_HEAD.fullmatch(cells[at][1]):
        return None
    words = [c for _, c in cells[at + 1 : at + 5]]
    if len(words) < 3:
        return None
    years = [_YEAR_HEAD.fullmatch(w) for w in words[:2]]
    if not all(years) or not _CHANGE_HEAD.fullmatch(words[2]):
        return None
    first, second = (int(y["year"]) for y in years)
    if first >= second:
        return None
    width = 4 if len(words) == 4 and _RATE_HEAD.fullmatch(words[3]) else 3
    line_start = text.rfind("\n", 0, cells[at][0]) + 1
    above = text[:line_start].rstrip("\n").split("\n")[-2:]
    units = [u["unit"] or u["unit2"] for line in above if (u := DECLARED.search(line))]
    if not units:
        return None
    return first, second, width, units[-1]


def _is_label(cell: str) -> bool:
    return bool(_LABEL.search(cell)) and not _FIGURE.fullmatch(cell) and len(cell) <= 30


def _row(view, label, cells, unit, years, heads) -> Iterator[MoneyFound]:
    first, second = years
    name = _NUMBERING.sub("", label.strip())
    figures = cells[:3]
    rates = [c for _, c in cells[3:]]
    proven = change_proven([c for _, c in figures], rates)
    reason = None if proven else UNPROVEN_REASON.format(first=first, second=second, unit=unit)
    for index, (start, word) in enumerate(figures):
        sign = int(word.startswith("-"))
        change = index == 2
        cell_reason = reason or (
            UNPROVEN_REASON.format(first=first, second=second, unit=unit)
            if sign and not change
            else None
        )
        direction = ("减少" if sign else "增加") if change else ""
        yield cell_found(
            view,
            start + sign,
            start + len(word),
            word[sign:],
            unit,
            rule=RULE,
            year=(first, second, second)[index],
            kind=None if cell_reason else ("CHANGE" if change else "BUDGET"),
            label=f"{name} {heads[index]}{direction}",
            reason=cell_reason,
        )
