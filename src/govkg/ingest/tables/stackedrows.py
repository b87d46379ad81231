"""A self-assessment form's funds rows printed one after the other right after the heads, their
labels printed before the heads: placed where each row's own 执行率 proves it.

A spreadsheet saved as text (trial 50's 787, an .xlsx on a sharing site) may print the row
labels of the funds grid before its heads and all the rows' cells after them, in one run:

    项目资金 年初预算数 (万元) 年度资金总额 其中:当年财政拨款 实施单位 全年预算数 全年执行数
    分值 执行率 得分 65.66 65.07 10 99% 9 65.66 65.07 — 99% —

``selfeval_form`` reads a run right after the heads only where it is one row (one cell a head);
``scrambledform`` lists a run that is not unread. Here the run is two rows, cell for cell in the
heads' order: 65.66 | 65.07 | 10 | 99% | 9 and 65.66 | 65.07 | — | 99% | —. The order proves the
columns where:

- the run holds exactly as many cells as the heads times the rows, two rows or more;
- the row labels printed before the heads (年度资金总额, 其中:当年财政拨款; the form's own names,
  ``selfeval_form``'s rows) are as many as the rows, the total first;
- each row fits the heads with its 执行率 stated, the rate agreeing with its 执行数 over its
  预算数 to its rounding (65.07 / 65.66 = 99.1%: 99%), 得分 within 分值, and each later row's
  money within the total's.

Each row's money cells are then read with their column's kind, under its label. A run of any
other length (the thirty-third trial's 419: 0 207.4538 10 100% 10 207.4538 — 100% —, nine
cells, a rate over a budget of 0), a row its rate does not prove, or labels not matching the
rows leave every cell to ``scrambledform``: listed unread.
"""

from __future__ import annotations

from collections.abc import Iterator

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.selfeval_form import (
    _TOTALS,
    UNIT_BEFORE,
    _facts,
    _fits,
    _label,
    _money,
    _money_prefix,
    _value,
    form_cells,
    form_heads,
    is_cell,
)
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_stacked_rows"]

MAX_ROWS = 4


def find_stacked_rows(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """The funds rows of every form whose rows follow its heads in one run (see above)."""
    text = simplified(view.text)
    tokens = form_cells(text)
    for first, after, columns, unit in form_heads(text, tokens):
        run = []
        while after + len(run) < len(tokens) and len(run) <= len(columns) * MAX_ROWS:
            if not is_cell(tokens[after + len(run)].text):
                break
            run.append(tokens[after + len(run)])
        rows, extra = divmod(len(run), len(columns))
        if rows < 2 or extra or rows > MAX_ROWS:
            continue
        labels = _labels_before(tokens[max(0, first - UNIT_BEFORE) : first])
        if len(labels) != rows or labels[0][1] not in _TOTALS:
            continue
        money = _money_prefix(columns)
        cut = [run[i * len(columns) : (i + 1) * len(columns)] for i in range(rows)]
        if not all(_fits(row, columns, money, unit, rated=True) for row in cut):
            continue
        if not all(_within(row, cut[0], money, unit) for row in cut[1:]):
            continue
        for (label, name), row in zip(labels, cut, strict=True):
            yield from _facts(view, label, name, row, columns, money, unit, year)


def _labels_before(before) -> list:
    """The row labels among the cells before the heads, in order: (its cell, its name)."""
    found, at = [], 0
    while at < len(before):
        label = _label(before, at)
        if label is None:
            at += 1
            continue
        found.append((before[at], label[0]))
        at = label[1]
    return found


def _within(row, total, money: int, unit: str) -> bool:
    """Whether each money cell of a later row is no more than the total's in its column."""
    for cell, whole in zip(row[:money], total[:money], strict=True):
        both = _money(cell.text) and _money(whole.text)
        if both and _value(cell.text, unit) > _value(whole.text, unit):
            return False
    return True
