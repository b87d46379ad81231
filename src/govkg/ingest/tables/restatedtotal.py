"""A lone 三公 table cell under a 合计 head, restating the prose's total its items sum to:
read as that total (trial 52's 850).

A 三公 note may keep, of its table, only the head and the first cell, flattened one a line
(trial 52's 850, 陕西省商务厅's 2011 note): ``单位:万元 | 合计 | 因公出国(境)费 | 公务用车购置及
运行费 | 公务接待费 | 535.81 |``. The cell's column is not shown, and ``restatedcells`` reads a
table again from the prose only where three cells or more repeat it (two may by chance). One
cell is proven where, together:

- the heads right before it are 合计 then the three items (因公出国, 公务用车, 公务接待), the
  合计 first, so a cell equal to the items' sum can stand under 合计 alone;
- the prose reads an amount of the same yuan with one kind (…“三公经费”支出535.81万元), and
  the amounts after it in its sentence, two or more, add up to it exactly (其中,因公出国(境)费
  213.88万元…;公务用车购置及运行费237.98万元…;公务接待费83.95万元: 535.81): it is the total,
  and no single item can equal it.

The cell is then the 合计, of the total's kind and year. A cell equal to no prose total, a
total its parts do not add up to, heads in another order or a cell among others (``restated
cells`` reads those) stay unread.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.text.simplified import simplified

__all__ = ["restated_total"]

_UNIT_WORD = re.compile(r"[元萬万億亿]")
_HEADS = re.compile(
    r"合\s*计[ \t\u3000|]*\n?[ \t\u3000|]*因公出国[^|\n]{0,8}[ \t\u3000|]*\n?[ \t\u3000|]*"
    r"公务用车[^|\n]{0,12}[ \t\u3000|]*\n?[ \t\u3000|]*公务接待费?[ \t\u3000|]*\n?[ \t\u3000|]*$"
)
_SENTENCE_END = re.compile(r"[。！？!?\n]")
REACH = 120  # characters before the cell in which its heads are looked for


def restated_total(money: list[MoneyFound], source: str) -> list[MoneyFound]:
    """``money`` with each lone cell under a 三公 合计 head that restates the prose's summed
    total read as it (see above)."""
    out = list(money)
    for index, cell in enumerate(money):
        if not _lone_cell(money, index):
            continue
        start = cell.cites[0].start
        if not _HEADS.search(simplified(source[max(0, start - REACH) : start])):
            continue
        total = _summed_total(money, cell.amount, source)
        if total is not None:
            out[index] = replace(
                cell, kind=total.kind, year=total.year, label="三公经费 合计", reason=None
            )
    return out


def _lone_cell(money: list[MoneyFound], index: int) -> bool:
    """A bare cell listed unread, no such cell right before or after it."""

    def cell(i: int) -> bool:
        found = money[i] if 0 <= i < len(money) else None
        return bool(
            found and found.kind is None and found.reason
            and not _UNIT_WORD.search(found.as_written)
        )

    return cell(index) and not cell(index - 1) and not cell(index + 1)


def _summed_total(money: list[MoneyFound], amount: Decimal, source: str) -> MoneyFound | None:
    """The prose amount of ``amount`` yuan, one kind, that the amounts after it in its
    sentence add up to exactly; None if there is none, or two with different kinds."""
    prose = [m for m in money if m.kind is not None and _UNIT_WORD.search(m.as_written)]
    equal = [m for m in prose if m.amount == amount]
    if not equal or len({m.kind for m in equal}) != 1:
        return None
    for total in equal:
        end = total.cites[0].end
        stop = _SENTENCE_END.search(source, end)
        sentence_end = stop.start() if stop else len(source)
        parts = [m for m in prose if end <= m.cites[0].start < sentence_end]
        if len(parts) >= 2 and sum(m.amount for m in parts) == amount:
            return total
    return None
