"""A “三公”经费 table whose rows are its items and whose columns say their kind (eighteenth
held-out trial).

``threepublicgrid`` reads tables whose columns are the 三公 items (合计 | 因公出国(境)费 | …).
Most 三公 tables stand the other way round: one row an item, the columns the 预算数 or the
决算数 (piped, or one cell a line):

    2015年某某局部门“三公”经费情况统计表
    单位:万元
    项 目 | 本年预算数 | 其中:公共预算财政拨款 |
    合 计 | 34.35 | 34.35 |
    1.因公出国(境)费用 | 0 | 0 |
    …
    其中:(1)公务用车运行维护费 | 32.65 | 32.65 |

Each column's head says its kind: a 预算数 (本年, 年初, 全年, 调整后, 上年, 20XX年…) BUDGET, a
决算数 SPENDING, a 其中 column a part of the column before it, of that column's kind; the
unit is the unit line's or the head's own (预 算 数(万元)). A head of another kind (执行数,
增减, 一般公共预算 as a fund's column) is not this table, and nothing is read. A 预算 and 决算
comparison keeps each column's kind.

A cell is read only where the table makes its place certain:

- with one money column, every figure right after its row's label is that row's (an empty
  cell loses its row, never moves a figure: 公务接待费 with no figure is left out);
- with two or more, every row has a figure under each column (no empty cell lost), the first
  row is the 合计, and in each column the 合计 is the sum of the first-level rows or of the
  lowest rows (a 其中 row opens the sub-rows of the row before it, up to a row numbered as
  the first level: 1. / 一、). A table whose 合计 is neither is left to ``loosecells``.

Never where the table's title says the other kind (a …决算表 whose column is headed 预算数:
the title and the head disagree), nor where a cell has a minus sign.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

__all__ = ["HEAD_UNIT", "columns_of", "item_grid", "sums_check"]

HEAD_UNIT = re.compile(
    r"(?:^|(?<=\|))[ \t\u3000]*(?:本\s*年\s*|年\s*初\s*|全\s*年\s*|20\d\d\s*年\s*度?\s*)?"
    r"(?:预\s*算|决\s*算)\s*数?"
    r"\s*[（(]\s*(?P<unit>万\s*元|元)\s*[）)][ \t\u3000]*(?=\||$)",
    re.M,
)
"""A money column's head carrying the table's unit: 预 算 数(万元), 决算数(元) |, or with its
year, 2014年决算 (万元) | (twentieth trial: the year is the column's, ``_KIND_HEAD``)."""
_UNIT = re.compile(r"[（(]\s*(?:万\s*元|元)\s*[）)]$")
_KIND_HEAD = re.compile(
    r"(?P<when>本年|上年|年初|全年|调整后?|20\d\d年度?)?(?P<kind>预算|决算)(?:数|金额|安排数?)?"
)
_PART = re.compile(r"^其中[:：]?")
_LABEL_HEAD = re.compile(r"^(?:“?三公”?经费)?项目(?:名称)?$|^科目$|^名称$")
_TOTAL = re.compile(r"合计|总计")
_FIRST_LEVEL = re.compile(r"^(?:\d+\s*[、.．]|[一二三四五六七八九十]+\s*[、.．])")
_YEAR = re.compile(r"(20\d\d)年")
_NUMBER = re.compile(r"(?P<sign>-)?\d{1,9}(?:\.\d{1,6})?")


def item_grid(heads, rows, title: str, year: int | None) -> Iterator[tuple]:
    """(start, end, figure, kind, label, shift) of each certain cell (see above). ``heads``:
    the head words (blanks out); ``rows``: (label, cells) with cells (start, end, word);
    ``title``: the table's title line above it, "" where none."""
    columns = _columns(heads, year)
    if not columns or not rows:
        return
    kinds = {kind for _, kind, _ in columns}
    said_budget, said_accounts = "预算" in title, "决算" in title
    if (said_accounts and not said_budget and "BUDGET" in kinds) or (
        said_budget and not said_accounts and "SPENDING" in kinds
    ):
        return  # the title and a column's head disagree on the kind
    if any(not _NUMBER.fullmatch(c[2]) or c[2].startswith("-") for _, cells in rows for c in cells):
        return
    if any(len(cells) > len(columns) for _, cells in rows):
        return  # more figures than columns: the heads are not all read
    if len(columns) > 1 and not sums_check(rows, len(columns)):
        return
    for label, cells in rows:
        for cell, (head, kind, shift) in zip(cells, columns, strict=True):
            yield cell[0], cell[1], cell[2], kind, f"{label} {head}".strip(), shift


def _columns(heads: list[str], year: int | None) -> list[tuple[str, str, int]]:
    """(head, kind, year shift) of each money column; [] where a head is of no kind."""
    words = [_UNIT.sub("", h) for h in heads]
    if words and _LABEL_HEAD.match(words[0]):
        words = words[1:]
    columns: list[tuple[str, str, int]] = []
    for head in words:
        if _PART.match(head) and columns:
            columns.append((head, columns[-1][1], columns[-1][2]))
            continue
        found = _KIND_HEAD.fullmatch(head)
        if found is None:
            return []
        kind = "BUDGET" if found["kind"] == "预算" else "SPENDING"
        columns.append((head, kind, _shift(found["when"] or "", year)))
    return columns


def _shift(when: str, year: int | None) -> int:
    """The column's year against the report's: 上年 one before; 20XX年 that year."""
    if when == "上年":
        return -1
    stated = _YEAR.match(when)
    return int(stated.group(1)) - year if stated and year is not None else 0


def sums_check(rows, width: int) -> bool:
    """Every row full, the first the 合计, and in each column the 合计 the sum of the
    first-level rows or of the lowest rows (see above)."""
    if len(rows) < 3 or any(len(cells) != width for _, cells in rows):
        return False
    if not _TOTAL.search(rows[0][0] or ""):
        return False
    labels = [label or "" for label, _ in rows[1:]]
    sub, under = [], False
    for label in labels:
        if _PART.match(label):
            under = True
        elif _FIRST_LEVEL.match(label):
            under = False
        sub.append(under)
    parent = [not sub[i] and i + 1 < len(sub) and sub[i + 1] for i in range(len(sub))]
    for column in range(width):
        total = Decimal(rows[0][1][column][2])
        values = [Decimal(cells[column][2]) for _, cells in rows[1:]]
        first = sum((v for v, s in zip(values, sub, strict=True) if not s), Decimal(0))
        lowest = sum((v for v, p in zip(values, parent, strict=True) if not p), Decimal(0))
        if total not in (first, lowest):
            return False
    return True


columns_of = _columns
"""(head, kind, year shift) of each money column of an item table's heads, [] where a head is
of no kind: for ``threepublicemptycells``, which reads such a table with its empty cells."""
