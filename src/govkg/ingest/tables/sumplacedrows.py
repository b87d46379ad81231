"""Rule ``sum-placed-rows``: a piped table that drops its empty cells, each row's figures
placed in their columns by the 合计 row's sums.

A provincial fund's evaluation report reprinted on a firm's site (the twenty-eighth trial's
353) writes its table of budget lines under ``单位:万元`` as piped rows whose empty cells
are dropped::

    序号 | 财政事权 | 政策任务 | 预算额度 | 调整额度 | 实际安排额度 | 资金下达及调整文件 |
    1 | M1.… | M102.… | 70.00 | 70.00 | ||
    2 | M1.… | M103.… | 618.66 | 36.01 | 654.67 | 注2 |
    合计 | 12,267.66 | 91.01 | 12,358.67 |

A row with two figures under three money heads does not show which column is empty, so no
table rule placed them, and none listed them. The 合计 row states one figure per money head:
each column's cells add up to it. Every way to place each row's figures in order under the
money heads is tried; the table is read only where exactly one placement makes every
column add up to its 合计 cell, to the fen (70.00 | 70.00 is 预算额度 and 实际安排额度: the
调整额度 column adds up to 91.01 only so). A cell has its head's kind (``kindwords.kind_of``);
a head naming no kind leaves its cells listed unread, placed. Figures are written with a
decimal point (序号 1 is none), the rows read as stored (cleaning joins them); the unit
must be declared just before the heads. A table with no 合计 row, a 合计 row with another
number of figures, or no placement or two that add up reads nothing here (``loosecells``
may list its cells).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from decimal import Decimal

from govkg.ingest.kinds.kindwords import kind_of
from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.text.numbers import number_value
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_sum_placed_rows"]

RULE = "sum-placed-rows"
_UNIT = re.compile(r"单位\s*[：:]\s*(?P<unit>万元|元|亿元)\s*$")
_MONEY_HEAD = re.compile(
    r"(?:实际|年初|全年)?(?:预算|调整|安排|执行|支出|到位|决算)[\u4e00-\u9fff]{0,4}(?:额度|数|金额)"
)
_FIGURE = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{1,6}")
_TOTAL = re.compile(r"合计|总计")
MAX_PLACEMENTS = 20000  # ways of placing the rows tried at most
NO_KIND = "a cell placed by its table's 合计 sums under a head naming no kind of money: not read"


def find_sum_placed_rows(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """The cells of each piped table whose 合计 row's sums place them (see above)."""
    text = simplified(view.source)  # the rows as stored: cleaning joins them
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    for at, (_, line) in enumerate(lines):
        heads = _cells(line)
        money = [i for i, (_, cell) in enumerate(heads) if _MONEY_HEAD.fullmatch(cell)]
        if len(money) < 2 or money != list(range(money[0], money[0] + len(money))):
            continue
        unit = _unit_before(lines, at, heads)
        if unit is None:
            continue
        yield from _table(view, lines, at + 1, [heads[i][1] for i in money], unit, year)


def _cells(line: str) -> list[tuple[int, str]]:
    """The stripped cells of a piped line with their offsets in it; none for an unpiped one."""
    if "|" not in line:
        return []
    found = []
    for piece in re.finditer(r"[^|]+", line):
        if piece.group().strip():
            found.append(
                (
                    piece.start() + len(piece.group()) - len(piece.group().lstrip()),
                    piece.group().strip(),
                )
            )
    return found


def _unit_before(lines, at: int, heads) -> str | None:
    """The unit declared at the end of the line above the heads, or in the heads' first cell."""
    for candidate in ([lines[at - 1][1]] if at else []) + [heads[0][1]]:
        if declared := _UNIT.search(candidate):
            return declared["unit"]
    return None


def _table(view, lines, at, heads: list[str], unit: str, year) -> Iterator[MoneyFound]:
    rows = []  # (label, [(offset, figure)])
    total = None
    while at < len(lines) and (cells := _cells(lines[at][1])):
        start = lines[at][0]
        figures = [(start + o, c) for o, c in cells if _FIGURE.fullmatch(c)]
        words = [c for _, c in cells if not _FIGURE.fullmatch(c)]
        if words and _TOTAL.fullmatch(words[0]):
            total = ("合计", figures)
            break
        if len(figures) > len(heads):
            return
        before = [c for o, c in cells if not figures or start + o < figures[0][0]]
        label = next((c for c in reversed(before) if _is_name(c)), "")
        rows.append((label, figures))
        at += 1
    if total is None or len(total[1]) != len(heads) or not rows:
        return
    sums = [number_value(f) for _, f in total[1]]
    options = [list(itertools.combinations(range(len(heads)), len(f))) for _, f in rows]
    count = 1
    for option in options:
        count *= len(option)
    if count > MAX_PLACEMENTS:
        return
    fitting = [
        placement for placement in itertools.product(*options) if _adds_up(rows, placement, sums)
    ]
    if len(fitting) != 1:
        return
    placed = [(row, columns) for row, columns in zip(rows, fitting[0], strict=True)]
    placed.append((total, tuple(range(len(heads)))))
    for (label, figures), columns in placed:
        for (start, figure), column in zip(figures, columns, strict=True):
            kind = kind_of(heads[column])
            first = bisect.bisect_left(view.origin, start)
            end = bisect.bisect_left(view.origin, start + len(figure) - 1) + 1
            yield cell_found(
                view,
                first,
                end,
                figure,
                unit,
                rule=RULE,
                year=year,
                kind=kind,
                label=f"{label} {heads[column]}".strip(),
                reason=None if kind else NO_KIND,
            )


def _is_name(cell: str) -> bool:
    """A row's name: words with a Chinese character that are no 注 reference."""
    return bool(re.search(r"[\u4e00-\u9fff]", cell)) and not cell.startswith("注")


def _adds_up(rows, placement, sums: list[Decimal]) -> bool:
    columns = [Decimal(0)] * len(sums)
    for (_, figures), placed in zip(rows, placement, strict=True):
        for (_, figure), column in zip(figures, placed, strict=True):
            columns[column] += number_value(figure)
    return columns == sums
