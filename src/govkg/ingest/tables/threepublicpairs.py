"""Rule ``money-table``: a “三公”经费 table with a 预算数 and a 决算数 under each item, its
empty cells dropped by the flattening, placed where its own sums allow one column only.

A 三公 决算 table piped from a page (a Shanghai district's, for one):

    单位:万元
    合计 | 因公出国(境)费 | 公务用车购置及运行费 | 公务接待费 |
    小计 | 公务用车购置费 | 公务用车运行费 |
    预算数 | 决算数 | 预算数 | 决算数 | … (one pair per column) |
    22.00 | 8.77 | 14.00 | 8.47 | 14.00 | 8.47 | 8.00 | 0.30 |

Twelve columns, eight figures: the empty cells left no trace, so no figure's column shows.
The table's arithmetic does: 合计 is the sum of the first-level items (the expanded one by
its 小计), the 小计 the sum of its sub-items, in the 预算数 column and in the 决算数 column
alike, an empty cell being nothing. Every placement of the row's figures in order into
the columns is tried; a figure is read only where every placement the sums allow puts it
in the same column (here 合计, 小计 and 公务接待费: the second 14.00 | 8.47 may be 购置费's
or 运行费's, and stays unread). Its kind is its column's: 预算数 BUDGET, 决算数 SPENDING. A
row no placement fits, a table whose heads are not this tree (the items, 小计 and its
sub-items as ``threepublicgrid``'s nested grid), or too many placements to try: nothing
is read, and the cells stay listed unread as before.

A money column outside the tree (机关运行经费决算数, named before 合计) adds a column after
it that no sum binds; a figure on a line of heads is not of the row.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from itertools import combinations
from math import comb

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_three_public_pairs"]

RULE = "money-table"
_DECLARED = re.compile(r"单\s*位\s*[：:]\s*(?P<unit>万\s*元|元)")
_TITLE = re.compile(r"三\s*公")
TITLE_REACH = 160  # characters before the declaration in which the 三公 title stands
REACH = 1500  # characters of the table after the declaration
MAX_PLACEMENTS = 20000
_TOKEN = re.compile(r"[^|\n]+")
_FIGURE = re.compile(r"\d{1,9}(?:\.\d{1,6})?")
_PAIR = ("预算数", "决算数")
_KINDS = {"预算数": "BUDGET", "决算数": "SPENDING"}
_OUTSIDE = re.compile(r"(?:决算|预算)数$")


def find_three_public_pairs(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """The placed cells of each such table (see above)."""
    text = simplified(view.text)
    blank = PINYIN.sub(lambda m: " " * len(m.group()), text)
    for declared in _DECLARED.finditer(blank):
        if not _TITLE.search(blank, max(0, declared.start() - TITLE_REACH), declared.start()):
            continue
        stop = min(len(blank), declared.end() + REACH)
        if "|" not in blank[declared.end() : min(stop, declared.end() + 300)]:
            continue
        unit = re.sub(r"\s+", "", declared["unit"])
        heads, rows = _heads_and_rows(blank, declared.end(), stop)
        columns = _columns(heads)
        if columns is None:
            continue
        names, sums, extra = columns
        for row in rows:
            for slot, (start, end, figure) in _placed(row, len(names), sums, extra):
                name, head = names[slot // 2], _PAIR[slot % 2]
                yield cell_found(
                    view,
                    start,
                    end,
                    figure,
                    unit,
                    rule=RULE,
                    year=year,
                    kind=_KINDS[head],
                    label=f"{name} {head}",
                )


def _heads_and_rows(blank: str, start: int, stop: int):
    """The head cells up to the first line of figures alone, then each such line's
    figures (start, end, figure); a line mixing words and figures ends the heads' reach."""
    heads: list[str] = []
    rows: list[list[tuple[int, int, str]]] = []
    at = start
    for line in re.finditer(r"[^\n]*", blank[:stop]):
        if line.start() < at or not line.group().strip():
            continue
        cells = []
        for token in _TOKEN.finditer(blank, line.start(), line.end()):
            word = token.group().strip()
            if word:
                first = token.start() + token.group().index(word)
                cells.append((first, first + len(word), word))
        figures = [c for c in cells if _FIGURE.fullmatch(c[2])]
        if cells and len(figures) == len(cells):
            rows.append(figures)
        elif rows:
            break  # words after the rows: the table has ended
        else:
            heads += [re.sub(r"\s+", "", c[2]) for c in cells if c not in figures]
    return heads, rows


def _columns(heads: list[str]):
    """(column names, the sums as (total, parts) indexes, columns outside the tree) of a
    tree of items each with its 预算数 and 决算数, or None."""
    pairs = 0
    while len(heads) >= 2 * (pairs + 1) and tuple(heads[-2 * (pairs + 1) :][:2]) == _PAIR:
        pairs += 1
    if pairs < 2 or "合计" not in heads:
        return None
    total = heads.index("合计")
    outside = sum(1 for h in heads[:total] if _OUTSIDE.search(h))
    items = heads[total + 1 : len(heads) - 2 * pairs]
    if "小计" not in items:
        if len(items) + 1 != pairs:
            return None
        return ["合计", *items], [(0, list(range(1, pairs)))], outside
    sub = items.index("小计")
    first, children = items[:sub], items[sub + 1 :]
    shared = [i for i, h in enumerate(first) if len(h) >= 4 and all(h[:4] in c for c in children)]
    if len(children) < 2 or len(shared) != 1:
        return None
    s = shared[0]
    names = ["合计", *first[:s], first[s] + "小计", *children, *first[s + 1 :]]
    if len(names) != pairs:
        return None
    expanded = 1 + s
    kids = list(range(expanded + 1, expanded + 1 + len(children)))
    level = [i for i in range(1, len(names)) if i not in kids]
    return names, [(0, level), (expanded, kids)], outside


def _placed(row, columns: int, sums, outside: int):
    """(slot, cell) of each figure every placement the sums allow puts in one slot; a
    slot is column * 2 + (0 预算数, 1 决算数), slots past the tree's are outside it."""
    slots = 2 * columns + outside
    if len(row) > slots or comb(slots, len(row)) > MAX_PLACEMENTS:
        return []
    values = [Decimal(cell[2]) for cell in row]
    agreed: list[set[int]] | None = None
    for chosen in combinations(range(slots), len(row)):
        grid = [Decimal(0)] * slots
        for slot, value in zip(chosen, values, strict=True):
            grid[slot] = value
        if all(
            grid[2 * total + half] == sum(grid[2 * part + half] for part in parts)
            for total, parts in sums
            for half in (0, 1)
        ):
            if agreed is None:
                agreed = [{slot} for slot in chosen]
            else:
                for seen, slot in zip(agreed, chosen, strict=True):
                    seen.add(slot)
    if agreed is None:
        return []
    return [
        (next(iter(seen)), cell)
        for seen, cell in zip(agreed, row, strict=True)
        if len(seen) == 1 and next(iter(seen)) < 2 * columns
    ]
