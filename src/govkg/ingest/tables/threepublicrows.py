"""A “三公”经费 table whose rows say their kind and whose 行次 row counts its columns
(sixteenth trial).

A 三公 决算 note compares the year's budget, its 决算 and last year's in one table, flattened
one cell a line under its unit (單位:萬元), its heads in two levels:

    三公经费项目 | 合计 | 因公出国(境)费 | 公务用车购置及运行费 | 公务接待费 | 小计 | 公务用车
    购置费 | 公务用车运行费 | 小计 | 行政运行 | 其他城乡社区管理事务支出 | 行次 | 1 | … | 8 |
    2015年度预算数 | 5.23 | 0.00 | 3.23 | 0.00 | 3.23 | 2.00 | 2.00 | 以前年度结转资金9.83 |
    2015年度决算数 | 6.94 | … | 决算对比 | 2.88 | 0.00 | -0.07 | …

The 行次 row (1 … N) says how many columns the table has; each row is its label and then
exactly N cells. Which first-level heads the second level (each group opening on 小计)
expands is not written: it is the one choice (in order) for which every row's figures
check, the 合计 the sum of the first-level columns and each 小计 the sum of its group (a
text cell, 以前年度结转资金9.83, is left out of the sums). Where no choice, or more than one,
checks every row, nothing is read (``loosecells`` lists the cells unread). A row's kind is
its label's: 对比 / 增减 a CHANGE (a cell's minus sign is its direction: the magnitude is
read, the sign left out of the quote), 预算 BUDGET, 决算 SPENDING, in the year the label
names; a row whose label names none ends the table. A figure written inside a text cell is read
only where its own words name its kind (结转 CARRY_OVER).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from itertools import combinations

from govkg.ingest.kinds.kindwords import kind_of
from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.tables.threepublicgrid import DECLARED as _DECLARED
from govkg.ingest.tables.threepublicgrid import ITEMS as _ITEMS
from govkg.ingest.tables.threepublicgrid import NUMBER as _NUMBER
from govkg.ingest.tables.threepublicgrid import SUBTOTAL as _SUBTOTAL
from govkg.ingest.tables.threepublicgrid import TOTAL as _TOTAL
from govkg.ingest.tables.threepublicgrid import grid_tokens
from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_counted_grids"]

RULE = "three-public-grid"
_IN_WORDS = re.compile(r"(?P<words>[\u4e00-\u9fff]{2,20})(?P<fig>\d{1,9}(?:\.\d{1,6})?)")
_ROW_KINDS = (
    ("CHANGE", re.compile(r"对比|增减|比较")),
    ("BUDGET", re.compile(r"预算")),
    ("SPENDING", re.compile(r"决算")),
)
_YEAR = re.compile(r"(20\d\d)\s*年")
REACH = 2000  # characters of the table after its unit's declaration


def find_counted_grids(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """The cells of each 三公 table of the kind above whose rows all check."""
    text = simplified(view.text)
    blank = PINYIN.sub(lambda m: " " * len(m.group()), text)
    for declared in _DECLARED.finditer(blank):
        stop = min(len(blank), declared.end() + REACH)
        if "|" not in blank[declared.end() : min(stop, declared.end() + 200)]:
            continue
        tokens = _tokens(blank, declared.end(), stop)
        grid = _grid(tokens)
        if grid is None:
            continue
        heads, rows = grid
        if len(set(_ITEMS.findall("".join(heads)))) < 2:
            continue
        leaves = _leaves(heads, len(rows[0][2]), rows)
        if leaves is None:
            continue
        unit = re.sub(r"\s+", "", declared["unit"])
        for label, kind, cells in rows:
            stated = _YEAR.search(label)
            row_year = int(stated.group(1)) if stated else year
            for (start, end, word), head in zip(cells, leaves, strict=True):
                found = _cell(view, start, end, word, unit, kind, f"{label} {head}", row_year)
                if found is not None:
                    yield found


def _tokens(blank: str, start: int, stop: int) -> list[tuple[int, int, str]]:
    """The cells between borders (``threepublicgrid``), their words without the line
    breaks a head runs over (公务用车\n购置费)."""
    return [(a, b, re.sub(r"\s+", "", word)) for a, b, word in grid_tokens(blank, start, stop)]


def _grid(tokens):
    """(heads, rows) where a 行次 row 1 … N follows the heads and each row after it is a
    label (naming its kind) and N cells; None where the tokens are not such a table."""
    at = next((i for i, t in enumerate(tokens) if t[2] == "行次"), None)
    if at is None or at < 3:
        return None
    count = 0
    while at + 1 + count < len(tokens) and tokens[at + 1 + count][2] == str(count + 1):
        count += 1
    if count < 3:
        return None
    heads = [t[2] for t in tokens[:at]]
    rows, next_at = [], at + 1 + count
    while next_at < len(tokens):
        label = tokens[next_at][2]
        kind = next((k for k, words in _ROW_KINDS if words.search(label)), None)
        cells = tokens[next_at + 1 : next_at + 1 + count]
        if kind is None or len(cells) < count or not _NUMBER.fullmatch(cells[0][2]):
            break
        rows.append((label, kind, cells))
        next_at += 1 + count
    return (heads, rows) if rows else None


def _value(word: str) -> Decimal | None:
    found = _NUMBER.fullmatch(word)
    return Decimal(word) if found else None


def _leaves(heads: list[str], count: int, rows) -> list[str] | None:
    """The N leaf columns' names: the one expansion of first-level heads by the groups of
    the second level (each opening on 小计) for which every row checks; None if not one."""
    first_at = next((i for i, h in enumerate(heads) if _TOTAL.match(h)), None)
    if first_at is None:
        return None
    columns = heads[first_at:]
    sub = next((i for i, h in enumerate(columns) if _SUBTOTAL.match(h)), None)
    if sub is None:
        return columns if len(columns) == count and all(_flat(r[2]) for r in rows) else None
    first, children = columns[:sub], columns[sub:]
    groups: list[list[str]] = []
    for head in children:
        if _SUBTOTAL.match(head):
            groups.append([])
        groups[-1].append(head)
    choices = []
    for expanded in combinations(range(1, len(first)), len(groups)):
        leaves, shape = [first[0]], []
        for i, head in enumerate(first[1:], start=1):
            if i in expanded:
                group = groups[expanded.index(i)]
                shape.append(len(group))
                leaves += [f"{head} {child}" for child in group]
            else:
                shape.append(1)
                leaves.append(head)
        if len(leaves) == count and all(_checks(r[2], shape) for r in rows):
            choices.append(leaves)
    return choices[0] if len(choices) == 1 else None


def _flat(cells) -> bool:
    """A table of one level: 合计 = the other cells."""
    values = [_value(c[2]) for c in cells]
    if any(v is None for v in values):
        return False
    return values[0] == sum(values[1:])


def _checks(cells, shape: list[int]) -> bool:
    """合计 = the first-level columns (a group by its 小计); each 小计 = its group's other
    cells. An equation with a text cell in it is not asked; at least one must be."""
    values = [_value(c[2]) for c in cells]
    asked, at, level = 0, 1, []
    for width in shape:
        level.append(values[at])
        if width > 1:
            parts = values[at + 1 : at + width]
            if values[at] is not None and None not in parts:
                asked += 1
                if values[at] != sum(parts):
                    return False
        at += width
    if values[0] is not None and None not in level:
        asked += 1
        if values[0] != sum(level):
            return False
    return asked > 0


def _cell(view, start, end, word, unit, kind, label, year) -> MoneyFound | None:
    number = _NUMBER.fullmatch(word)
    if number:
        if number["sign"] and kind != "CHANGE":
            return None  # a minus in a row of budget or accounts: not read
        if number["sign"]:
            start += 1
        return cell_found(
            view, start, end, number["fig"], unit, rule=RULE, year=year, kind=kind, label=label
        )
    inside = _IN_WORDS.fullmatch(word)
    if inside is None:
        return None
    own = kind_of(inside["words"])
    if own is None:
        return None
    at = start + inside.start("fig")
    return cell_found(
        view,
        at,
        end,
        inside["fig"],
        unit,
        rule=RULE,
        year=year,
        kind=own,
        label=f"{label}: {inside['words']}",
    )
