"""A “三公”经费 table of two years side by side, flattened one cell a line: each year's group
head over the same item heads, then every figure (trial 51's 836, a central agency's note of
its 2010 决算 and 2011 预算, a traditional-character mirror with pinyin glosses):

    单位:万元
    2010年“三公经费”财政拨款决算数 | 2011年“三公经费”财政拨款预算数 |
    合 计 | 因公出国 / (境)费 | 公务用车购 / 置及运行费 | 公务接 / 待费 |
    合 计 | 因公出国 / (境)费 | 公务用车购 / 置及运行费 | 公务接 / 待费 |
    9784.31 | 992.20 | 4508.26 | 4283.85 | 9694.14 | 992.20 | 4418.09 | 4283.85

(one cell a line between lines of |; a head broken over two lines is one cell), or one cell a
line with no border at all, its group heads naming the year without 年 and its figures grouped
by thousands (trial 54's 928, a news site's copy of a national academy's note):

    单位:万元
    2010三公经费财政拨款决算数
    2011三公经费财政拨款预算数
    合计 / 因公出国(境)费 / 公务用车购置及运行费 / 公务接待费   (twice, one a line)
    28711.28 / 11295.77 / 7420.01 / 9995.5 / 24350.59 / 9,411.52 / 6,895.41 / 8,043.66

(its cells are its lines, up to a blank line or a line with a border). The generic
rules counted ten heads over eight figures and listed every cell unread. Read here, once the
mirror's readings are taken out (``text.textview.without_readings``) and the characters
simplified: the group heads come first, each naming its year and 决算数 (SPENDING) or 预算数
(BUDGET) of the 三公经费; then as many item heads for each group, the same in the same order
under every group, the first 合计 and the others 三公 items; then exactly one figure for each
item head, in that order, no word between. Each group's 合计 must be the sum of its items to
the fen: the table's own arithmetic places every cell, and a figure is its group's year and
kind. A group head naming neither kind or no year, item heads that differ between groups or
do not divide evenly, a figure short or over, or a 合计 that is not its items' sum, read
nothing: the cells stay listed unread by ``loosecells``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.tables.threepublicgrid import DECLARED, ITEMS
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView
from govkg.ingest.threepublic.words import QUOTED

__all__ = ["find_three_public_group_heads"]

RULE = "three-public-grid"
_GROUP = re.compile(
    rf"^(?P<year>20\d\d)\s*(?:年度?)?[^|\n]{{0,6}}?{QUOTED}[^|\n]{{0,10}}?"
    r"(?P<kind>决\s*算|预\s*算)\s*数?$"
)
_TOTAL = re.compile(r"^合\s*计$")
_FIGURE = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d{1,9})(?:\.\d{1,6})?$")  # 9,411.52 too
_SENTENCE = re.compile(r"[。；;：:]")
_KINDS = {"决算": "SPENDING", "预算": "BUDGET"}
MAX_CELLS = 60  # cells read after the unit's line


def find_three_public_group_heads(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """Each figure of such a table, of its group's year and kind (see above)."""
    text = simplified(view.text)
    for declared in DECLARED.finditer(text):
        placed = _placed(_cells(text, declared.end()))
        placed = placed or _placed(_line_cells(text, declared.start(), declared.end()))
        unit = re.sub(r"\s+", "", declared["unit"])
        for (start, end, figure), (head, item) in placed:
            group = _GROUP.match(head)
            kind = _KINDS[re.sub(r"\s+", "", group["kind"])]
            yield cell_found(
                view,
                start,
                end,
                figure,
                unit,
                rule=RULE,
                year=int(group["year"]),
                kind=kind,
                label=f"{head} {item}",
            )


def _cells(text: str, at: int) -> list[tuple[int, int, str]]:
    """(start, end, words) of the cells between borders (|) after the unit's line at ``at``:
    a cell broken over lines is one; the cells end at one that is a sentence (its 。 or
    colon: 有关情况说明如下:), whose first line is kept where it is a figure alone."""
    cells: list[tuple[int, int, str]] = []
    pos = at
    while pos < len(text) and len(cells) < MAX_CELLS:
        border = text.find("|", pos)
        stop = len(text) if border < 0 else border
        piece = text[pos:stop]
        words = piece.strip()
        first = piece.find(words) + pos if words else pos
        if not words or _SENTENCE.search(words):
            head = words.split("\n", 1)[0].strip() if words else ""
            if _FIGURE.match(head):
                cells.append((first, first + len(head), head))
            break
        cells.append((first, first + len(words), "".join(words.split())))
        pos = stop + 1
    return cells


def _line_cells(text: str, unit: int, after: int) -> list[tuple[int, int, str]]:
    """(start, end, words) of each line after the unit's line (its declaration ``unit`` to
    ``after``), a cell a line where the table kept no border: up to a blank line (once a
    cell is met), a line with a border, or a sentence (``_cells``'s end); [] where the unit's
    line goes on after the unit."""
    first = text.find("\n", unit)
    if first < 0 or text[min(after, first) : first].strip():
        return []
    cells: list[tuple[int, int, str]] = []
    pos = first + 1
    while pos < len(text) and len(cells) < MAX_CELLS:
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        words = text[pos:stop].strip()
        if "|" in words or _SENTENCE.search(words) or (not words and cells):
            break
        if words:
            start = text.index(words, pos)
            cells.append((start, start + len(words), "".join(words.split())))
        pos = stop + 1
    return cells


def _placed(cells: list[tuple[int, int, str]]) -> list:
    """Each figure cell with its (group head, item head), or [] where the table's heads,
    figures and sums do not prove them (see above)."""
    words = [re.sub(r"\s+", "", cell[2]) for cell in cells]
    groups = 0
    while groups < len(words) and _GROUP.match(words[groups]):
        groups += 1
    heads = groups
    while heads < len(words) and not _FIGURE.match(words[heads]):
        heads += 1
    items = words[groups:heads]
    if groups < 2 or not items or len(items) % groups:
        return []
    width = len(items) // groups
    rows = [items[g * width : (g + 1) * width] for g in range(groups)]
    if any(row != rows[0] for row in rows) or not _TOTAL.match(rows[0][0]):
        return []
    if len(set(ITEMS.findall("".join(rows[0][1:])))) < 2 or len(rows[0]) < 3:
        return []
    figures = cells[heads : heads + len(items)]
    if len(figures) != len(items) or not all(_FIGURE.match(f[2]) for f in figures):
        return []
    if len(cells) > heads + len(items) and _FIGURE.match(words[heads + len(items)]):
        return []  # a figure over: the cells are not one for each head
    placed = []
    for g in range(groups):
        own = figures[g * width : (g + 1) * width]
        values = [Decimal(f[2].replace(",", "")) for f in own]
        if values[0] != sum(values[1:]):
            return []
        placed += [(f, (words[g], rows[0][i])) for i, f in enumerate(own)]
    return placed
