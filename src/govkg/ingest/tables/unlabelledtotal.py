"""A one-column “三公” table, one cell a line, whose first row lost its label: the figure right
after the money column's head is the 合计 where the rows below it sum to it (forty-fourth
trial's 664).

A provincial office's 三公 budget table, flattened one cell a line:

    单位:万元
    预 算 数
    57.9
    因公出国(境)费
    13.9
    公务接待费
    9
    公务用车购置及运行费
    35
      其中:公务用车运行维护费
    35
            公务用车购置
    0

The grid reader took the last word before the first figure as that figure's label, so the head
预算数 became a row and the table had no money column: 57.9 and 13.9 were listed unread, the
rest missing. Here, where that last word is itself one money column's head (预算数, 决算数:
``threepublicitemgrid.columns_of``), every row holds one figure and the first figure is the sum
of the first-level rows or of the lowest rows (``sums_check``), the first row is the 合计 and
the head stays the column's. Anything else keeps the grid's reading.
"""

from __future__ import annotations

import re

from govkg.ingest.tables.threepublicitemgrid import columns_of, sums_check

__all__ = ["unlabelled_total"]


def unlabelled_total(heads: list[str], rows: list[tuple[str | None, list]]) -> bool:
    """Whether the first of ``rows`` (label None) is the 合计 of the one money column whose
    head ends ``heads``."""
    if not heads or len(rows) < 3 or any(len(cells) != 1 for _, cells in rows):
        return False
    if len(columns_of([re.sub(r"\s+", "", heads[-1])], None)) != 1:
        return False
    labelled = [("合计", rows[0][1])]
    labelled += [(re.sub(r"\s+", "", label or ""), cells) for label, cells in rows[1:]]
    return sums_check(labelled, 1)
