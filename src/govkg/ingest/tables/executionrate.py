"""The execution rates a self-assessment form states (86.19%), and the figures they confirm:
a budget and its executed figure are a pair where executed / budget is a stated rate, to the
rounding of its two decimals (``confirmed``); a row whose executed figure the PDF prints apart
is found by the same check (``executed_apart``). ``tables`` reads a grid whose row labels the
text order displaced only where they confirm it."""

from __future__ import annotations

import re
from decimal import Decimal

from govkg.ingest.tables.tablecells import MAX_CELLS
from govkg.ingest.tables.tablecells import Cell as _Cell
from govkg.ingest.tables.tablecells import column as _column
from govkg.ingest.text.numbers import number_value

__all__ = ["confirmed", "executed_apart", "stated_rates"]


def executed_apart(runs: list[list[_Cell]], kinds: list[str], rates: list[Decimal]) -> dict:
    """Rows whose executed figure the PDF prints apart, alone between words (20000.00
    20000.00 4.52 … 实施单位 9,034 … 45.17%): a run opening with one figure per budget
    column is that row's budgets, and a lone figure is its 执行数, only where the lone
    figure over the last budget is a stated rate and no other lone figure is. Keyed by the
    run's id."""
    budgets = len(kinds) - 1
    if any(kind != "BUDGET" for kind in kinds[:-1]):
        return {}
    alone = [run[0] for run in runs if len(run) == 1]
    found = {}
    for run in runs:
        if len(run) < budgets or len(run) == 1:
            continue
        if len(run) > budgets and confirmed(run[budgets - 1], run[budgets], rates):
            continue  # its executed figure is in the run
        executed = [cell for cell in alone if confirmed(run[budgets - 1], cell, rates)]
        if len(executed) == 1 and executed[0] not in found.values():
            found[id(run)] = executed[0]
    return found


_RATE = re.compile(r"(?P<rate>\d+\.\d\d)%")


def stated_rates(cells: list[_Cell], last: int) -> list[Decimal]:
    """The rates printed with two decimals in the form (86.19%), up to its next form."""
    rates = []
    for cell in cells[last : last + MAX_CELLS]:
        if "项目名称" in cell.text or _column(cell.text):
            break
        if found := _RATE.fullmatch(cell.text):
            rates.append(Decimal(found["rate"]))
    return rates


def confirmed(budget: _Cell, executed: _Cell, rates: list[Decimal]) -> bool:
    """Whether executed / budget is a stated rate, to the rounding of its two decimals."""
    base = number_value(budget.text)
    if base <= 0:
        return False
    ratio = number_value(executed.text) / base * 100
    return any(abs(ratio - rate) <= Decimal("0.011") for rate in rates)
