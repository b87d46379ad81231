"""A balance table's two sides: its 收入 columns are revenue (eighteenth trial).

A fiscal accounts report prints its 收支决算平衡表 with the revenue side on the left and the
spending side on the right, each side named once and given the same columns:

    收入 | 执行数 | 决算数 | 支出 | 执行数 | 决算数 |
    总计 | 1,196,625 | 1,196,625 | 总计 | 1,196,625 | 1,196,625 |

``tables`` reads a column by its head, and 执行数 / 决算数 head spending: flattened one cell
a line, the header run after 支出 read every figure of the row, the revenue side's too. In
such a table (the side 收入, a run of money columns, the side 支出 and the same run again)
a figure of a 执行数 / 决算数 column is of its row's side: a row whose label names 收入 is
revenue, one that names 支出 spending, one that names 结转 / 结余 a carry-over (上年结转,
结转下年); of two totals (总计, 合计) one right after the other the first is the revenue
side's and the second the spending side's, as the sides are printed. A row whose side its
words do not show is listed unread, never guessed; a budget column (预算数) stays a budget.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

__all__ = ["SIDE_REASON", "row_sides", "two_sided"]

_SIDE = {"收入": "REVENUE", "支出": "SPENDING"}
_ROW_KINDS = (
    ("CARRY_OVER", re.compile(r"结转|结余(?!分配)")),
    ("SPENDING", re.compile(r"支出")),
    ("REVENUE", re.compile(r"收入")),
)
_TOTAL = re.compile(r"(?:总计|合计)")
SIDE_REASON = (
    "a figure of a two-sided table (收入 | … | 支出 | …) whose row does not say which side "
    "it is on (收入, 支出, 结转): the flattened text does not show it"
)


def _side(text: str) -> str | None:
    return _SIDE.get(re.sub(r"\s+", "", text).removesuffix("项目"))


def two_sided(
    texts: Sequence[str], first: int, last: int, column: Callable[[str], str | None]
) -> bool:
    """Whether the header run ``texts[first:last]`` is the spending side of a two-sided
    header: 支出 before it, and before that 收入 and the same run of columns."""
    width = last - first
    before = first - 1 - width
    if before < 1 or _side(texts[first - 1]) != "SPENDING" or _side(texts[before - 1]) != "REVENUE":
        return False
    own = [column(text) for text in texts[first:last]]
    return [column(text) for text in texts[before : first - 1]] == own


def row_sides(labels: Sequence[str]) -> list[str | None]:
    """Each row's side by its label (see above): REVENUE, SPENDING, CARRY_OVER, or None."""
    sides: list[str | None] = []
    for at, label in enumerate(labels):
        words = re.sub(r"\s+", "", label)
        side = next((kind for kind, pattern in _ROW_KINDS if pattern.search(words)), None)
        if side is None and _TOTAL.fullmatch(words):
            if at + 1 < len(labels) and _TOTAL.fullmatch(re.sub(r"\s+", "", labels[at + 1])):
                side = "REVENUE"  # the first of two totals side by side: the left one
            elif at > 0 and sides[-1] == "REVENUE" and _TOTAL.fullmatch(
                re.sub(r"\s+", "", labels[at - 1])
            ):
                side = "SPENDING"
        sides.append(side)
    return sides
