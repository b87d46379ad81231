"""A “三公”经费 table comparing two years with a 行次 column, its cells proven row by row
(thirtieth trial).

A county's 三公 决算 note flattens its table one cell a line, its empty cells kept between
borders, a 行次 column after the labels and a head in two levels (the group head over
增加额 | 增加幅度, and the 栏次 row's label standing among the heads):

    单位:万元
    项 目 | 行次 | 2017年决算数 | 2018年决算数 | 2017年决算比上年增减情况 | 栏 次 |
    增加额 | 增加幅度 |
    (一)支出合计 | 2 | 1,131.15 | 1,224.42 | 93.27 | 8.25% |
    1.因公出国(境)费 | 3 | | 4.20 | | |
    …
    其中:外事接待费 | 9 | 3.17 | 0.90 | -2.27 | -71.61% |

Its heads and figures do not line up (eight heads, six cells a row), so every cell was
listed unread. Here the heads are known words only: the label's (项目), 行次, two years'
决算数 (SPENDING) or 预算数 (BUDGET), the earlier first, a group head (…增减情况), 栏次, the
change's (增加额, 增减额, 增减金额) and a rate's (增加幅度, 增减幅度, 增长率); the leaf columns
are 行次, the two years, the change and the rate. Each row is its label and one cell a leaf
column (a 行次 number, figures or empty cells, a rate), in a table under a 三公 title whose
rows name two 三公 items. A cell is read only where the table proves it:

- a row whose change is the later year's cell less the earlier's, to the fen, and whose
  rate (where written) is the change over the earlier year, to half a unit of its last
  decimal: its two years' cells and its change (the magnitude; the minus sign, its
  direction, left out of the quote);
- a year's cell of a row no change proves (an empty cell beside it) where its column adds
  up: the total row (…合计) the sum of the numbered rows (1. 2. 3.), or a numbered row the
  sum of its (1) (2) rows, an empty cell 0.

The rate is never money; the 行次 numbers are not read. No two rows proven: nothing is read
(``loosecells`` lists the cells).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.bordercells import bordered_cells
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.tables.threepublicgrid import DECLARED
from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView
from govkg.ingest.threepublic.words import ITEM_NAMES, TABLE_TITLE

__all__ = ["find_three_public_counted"]

RULE = "three-public-grid"
_TITLE = re.compile(TABLE_TITLE)
TITLE_LINES = 3  # lines between the table's title and its unit
REACH = 2000  # characters of the table after its unit
_LABEL_HEAD = re.compile(r"项目(?:名称)?|科目")
_COUNT_HEAD = re.compile(r"行次")
_YEAR_HEAD = re.compile(r"(?P<year>20\d\d)年度?(?P<kind>决算|预算)数")
_GROUP_HEAD = re.compile(r".{0,16}(?:增[、,，]?减|增加|变动)(?:变化)?情况")
_RULER_HEAD = re.compile(r"栏次")
_CHANGE_HEAD = re.compile(r"(?:增[、,，]?减|增加|减少)(?:金额|额|数)")
_RATE_HEAD = re.compile(r"(?:增[、,，]?减|增加|减少)(?:幅度|率)|增长率")
_FIGURE = re.compile(r"(?P<sign>-)?(?P<fig>\d{1,3}(?:,\d{3})+(?:\.\d{1,6})?|\d{1,9}(?:\.\d{1,6})?)")
_RATE = re.compile(r"(?P<rate>-?\d{1,4}(?:\.(?P<dec>\d{1,4}))?)%")
_COUNT = re.compile(r"\d{1,3}")
_TOTAL = re.compile(r"合计|总计")
_NUMBERED = re.compile(r"^\d+\s*[、.．]")
_SUB = re.compile(r"^[（(]\d+[)）]")
_ITEMS = re.compile(ITEM_NAMES)


def find_three_public_counted(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """The proven cells of each such table (see above)."""
    text = simplified(view.text)
    blank = PINYIN.sub(lambda m: " " * len(m.group()), text)
    for title in _TITLE.finditer(blank):
        lines_end = title.end()
        for _ in range(TITLE_LINES):
            lines_end = blank.find("\n", lines_end + 1)
            if lines_end < 0:
                lines_end = len(blank)
                break
        declared = DECLARED.search(blank, title.end(), lines_end)
        if declared is None:
            continue
        unit = re.sub(r"\s+", "", declared["unit"])
        table = _table(bordered_cells(blank, declared.end(), declared.end() + REACH))
        if table is None:
            continue
        columns, rows = table
        yield from _read(view, columns, rows, unit)


def _heads(cells) -> tuple[list[str], int] | None:
    """The leaf columns ("count", "year:<kind>:<year>", "change", "rate") and where the rows
    begin; None where a head is not one of the known words."""
    if not cells or not _LABEL_HEAD.fullmatch(cells[0][2]):
        return None
    leaves: list[str] = []
    at = 1
    while at < len(cells):
        word = cells[at][2]
        if _COUNT_HEAD.fullmatch(word) and not leaves:
            leaves.append("count")
        elif found := _YEAR_HEAD.fullmatch(word):
            leaves.append(f"year:{found['kind']}:{found['year']}")
        elif _CHANGE_HEAD.fullmatch(word):
            leaves.append("change")
        elif _RATE_HEAD.fullmatch(word):
            leaves.append("rate")
        elif not (_GROUP_HEAD.fullmatch(word) or _RULER_HEAD.fullmatch(word)) or not word:
            break
        at += 1
    years = [c for c in leaves if c.startswith("year:")]
    money = [c for c in leaves if c != "count"]
    if len(years) != 2 or money[:3] != [*years, "change"] or money[3:] not in ([], ["rate"]):
        return None
    (_, kind_a, year_a), (_, kind_b, year_b) = (y.split(":") for y in years)
    if kind_a != kind_b or int(year_a) >= int(year_b):
        return None
    return leaves, at


def _table(cells):
    """(leaf columns, rows as (label, {column: cell})) of such a table, else None."""
    heads = _heads(cells)
    if heads is None:
        return None
    leaves, at = heads
    rows = []
    while at + len(leaves) < len(cells):
        label = cells[at][2]
        row = dict(zip(leaves, cells[at + 1 : at + 1 + len(leaves)], strict=True))
        if (
            not label
            or _FIGURE.fullmatch(label)
            or not all(_fits(column, cell[2]) for column, cell in row.items())
        ):
            break
        rows.append((label, row))
        at += 1 + len(leaves)
    if len({m for label, _ in rows for m in _ITEMS.findall(label)}) < 2:
        return None
    return leaves, rows


def _fits(column: str, word: str) -> bool:
    if not word:
        return True
    if column == "count":
        return bool(_COUNT.fullmatch(word))
    if column == "rate":
        return bool(_RATE.fullmatch(word))
    found = _FIGURE.fullmatch(word)
    return bool(found) and (column == "change" or not found["sign"])


def _value(word: str) -> Decimal:
    found = _FIGURE.fullmatch(word)
    if not found:
        return Decimal(0)
    value = Decimal(found["fig"].replace(",", ""))
    return -value if found["sign"] else value


def _row_proven(row, years: list[str]) -> bool:
    """The change the later year less the earlier; the rate, where written, the change
    over the earlier year to half a unit of its last decimal."""
    earlier, later, change = (row[years[0]][2], row[years[1]][2], row["change"][2])
    if not (earlier and later and change):
        return False
    if _value(later) - _value(earlier) != _value(change):
        return False
    rate = _RATE.fullmatch(row["rate"][2]) if "rate" in row and row["rate"][2] else None
    if rate is None:
        return True
    if _value(earlier) == 0:
        return False
    half = Decimal(5) / Decimal(10) ** (len(rate["dec"] or "") + 1)
    stated = Decimal(rate["rate"])
    return abs(_value(change) / _value(earlier) * 100 - stated) <= half


def _column_proven(rows, column: str) -> set[int]:
    """The rows whose cell in ``column`` its sums prove: the total the numbered rows, a
    numbered row its (1) (2) rows (see above)."""
    proven: set[int] = set()
    numbered = [i for i, (label, _) in enumerate(rows) if _NUMBERED.match(label)]
    totals = [i for i, (label, _) in enumerate(rows) if _TOTAL.search(label)]
    if len(totals) == 1 and numbered and totals[0] < numbered[0]:
        total = rows[totals[0]][1][column][2]
        if total and _value(total) == sum(_value(rows[i][1][column][2]) for i in numbered):
            proven |= {totals[0], *numbered}
    for at in numbered:
        parts = []
        for sub in range(at + 1, len(rows)):
            label = rows[sub][0]
            if _NUMBERED.match(label) or _TOTAL.search(label):
                break
            if _SUB.match(label):
                parts.append(sub)
        parent = rows[at][1][column][2]
        parts_sum = sum(_value(rows[i][1][column][2]) for i in parts)
        if len(parts) > 1 and parent and _value(parent) == parts_sum:
            proven |= {at, *parts}
    return proven


def _read(view: TextView, leaves: list[str], rows, unit: str) -> Iterator[MoneyFound]:
    years = [c for c in leaves if c.startswith("year:")]
    by_row = [_row_proven(row, years) for _, row in rows]
    if sum(by_row) < 2:
        return
    by_column = {column: _column_proven(rows, column) for column in years}
    for at, (label, row) in enumerate(rows):
        for column in years:
            start, end, word = row[column]
            if word and (by_row[at] or at in by_column[column]):
                _, kind, head_year = column.split(":")
                yield cell_found(
                    view,
                    start,
                    end,
                    word,
                    unit,
                    rule=RULE,
                    year=int(head_year),
                    kind="SPENDING" if kind == "决算" else "BUDGET",
                    label=f"{label} {head_year}年{kind}数",
                )
        if by_row[at]:
            start, end, word = row["change"]
            sign = 1 if word.startswith("-") else 0
            direction = "减少" if sign else ("增加" if _value(word) else "持平")
            yield cell_found(
                view,
                start + sign,
                end,
                word[sign:],
                unit,
                rule=RULE,
                year=int(years[1].split(":")[2]),
                kind="CHANGE",
                label=f"{label} 增减额 ({direction})",
            )
