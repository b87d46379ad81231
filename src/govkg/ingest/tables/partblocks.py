"""The rows of a 其中 block that its parent row's figures prove are its parts (trial 65).

A 三公 table lists a cost and then its parts, the first opened by 其中, the rest not:

    公务用车购置及运行费 | 6 | 0 |
    其中:公务用车运行维护费 | 6 | 0 |
    公务用车购置 | 0 | 0 |

(trial 65's 1366, a bureau's 2019 三公 accounts, one cell a line). Counted beside their
parent, the parts make the rows add up to more than the table's 合计 (0 + 12 + 6 + 6 + 0 = 24
against 18), so the 合计 cell was doubted (``tables._total_off``). The block is proven where
the 其中 row and the rows right after it add up, in every column, to the row right above the
其中 row: those rows are its parts and are left out of the sum to the 合计. The shortest
such run is taken; a 其中 row whose following rows never add up to its parent, or a row
missing a column's cell, proves nothing and leaves every row counted. The block left out
only ever takes a doubt away (``tables._total_off`` keeps a cell doubted only where it is
doubted with the block counted too): a table with an empty cell elsewhere that no column
added up to before (the corpus's 490) has no 合计 doubted for it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from govkg.ingest.text.numbers import number_value

__all__ = ["without_parts"]

_PART = re.compile(r"其中\s*[：:]?")


def without_parts(labels: Sequence[str], rows: Sequence[list]) -> list[list]:
    """``rows`` (each a list of (column, cell) with ``cell.text``) less the rows of each 其中
    block its parent row proves (see above); ``labels``: each row's label, in order."""
    left_out: set[int] = set()
    for at, label in enumerate(labels):
        if at == 0 or at in left_out or at - 1 in left_out or not _PART.match(label):
            continue
        parent = dict(rows[at - 1])
        for end in range(at, len(rows)):
            if _adds_up(parent, rows[at : end + 1]):
                left_out.update(range(at, end + 1))
                break
    return [row for at, row in enumerate(rows) if at not in left_out]


def _adds_up(parent: dict, block: Sequence[list]) -> bool:
    if not parent:
        return False
    for column, cell in parent.items():
        cells = [dict(row).get(column) for row in block]
        if any(c is None for c in cells):
            return False
        if sum((number_value(c.text) for c in cells), Decimal(0)) != number_value(cell.text):
            return False
    return all(set(dict(row)) <= set(parent) for row in block)
