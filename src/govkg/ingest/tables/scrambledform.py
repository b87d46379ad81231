"""A national self-assessment form whose money cells the flattening printed out of order:
listed unread, never placed, never lost.

A spreadsheet saved as text may print the form's grid in no order a reader can follow
(thirty-third trial's 419, an .xlsx on a sharing site: `年初预算 数 0 项目资金 (万元) 年度资金
总额 实施单位 … 全年预算数 全年执行数 分值 执行率 得分 0 207.4538 10 100% 10 207.4538 — 100%
—`). ``selfeval_form`` places a row only where its cells fit the heads; these do not, and no
other rule lists them (a whole 0, a figure past the fen). Each is still money in the unit the
form declares, so it is listed unread, its column not shown:

- the run of cells right after the heads, where it does not fit them (one cell a column):
  each figure but those the heads prove are points, the cell right before a rate when the
  heads put 分值 right before 执行率 and the cell right after one when they put 得分 right
  after it (`10 100% 10`); a rate and a blank's dash are no money;
- a figure printed right after a money column's head out of the heads' run, before them
  (`年初预算 数 0`).

``tables`` asks this rule last: a cell another rule read or listed stays as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.tables.owncells import own_unit
from govkg.ingest.tables.selfeval_form import COLUMNS, RULE, form_cells, form_heads, is_cell
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_scrambled_cells"]

_RATE = re.compile(r"\d+(?:\.\d+)?%")
_EMPTY = re.compile(r"[—–\-－/／]+")
_FIGURE = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_MONEY_KINDS = ("BUDGET", "SPENDING")
BEFORE = 25  # cells before the heads in which a head printed apart is looked for
MAX_CELLS = 16


def find_scrambled_cells(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """The money cells of every form grid whose cells do not fit its heads (see above)."""
    text = simplified(view.text)
    tokens = form_cells(text)
    for first, after, columns, unit in form_heads(text, tokens):
        run = []
        while after + len(run) < len(tokens) and len(run) < MAX_CELLS:
            token = tokens[after + len(run)]
            if not is_cell(token.text):
                break
            run.append(token)
        kinds = [c.kind for c in columns]
        if run and len(run) != len(columns):
            for at, cell in enumerate(run):
                if _money(cell.text) and not _points(run, at, kinds):
                    yield _listed(view, cell, unit, year)
        for at in range(max(1, first - BEFORE), first):
            if _FIGURE.fullmatch(tokens[at].text) and _after_head(tokens, at):
                yield _listed(view, tokens[at], unit, year)


def _money(text: str) -> bool:
    return not (_RATE.fullmatch(text) or _EMPTY.fullmatch(text))


def _points(run, at: int, kinds: list[str]) -> bool:
    """Whether the heads prove cell ``at`` a score: right before a rate, 分值 right before
    执行率; right after one, 得分 right after it."""
    for rate in (i for i, kind in enumerate(kinds) if kind == "RATE"):
        before = rate > 0 and kinds[rate - 1] == "POINTS"
        after = rate + 1 < len(kinds) and kinds[rate + 1] == "POINTS"
        if before and at + 1 < len(run) and _RATE.fullmatch(run[at + 1].text):
            return True
        if after and at > 0 and _RATE.fullmatch(run[at - 1].text):
            return True
    return False


def _after_head(tokens, at: int) -> bool:
    """Whether the cell before ``at`` (or the two, 年初预算 | 数) is a money column's head."""
    for span in (1, 2):
        if at - span < 0:
            continue
        words = "".join(t.text for t in tokens[at - span : at])
        if COLUMNS.get(words) in _MONEY_KINDS:
            return True
    return False


def _listed(view: TextView, cell, unit: str, year: int | None) -> MoneyFound:
    figure, cell_unit = own_unit(cell.text) or (cell.text, unit)
    reason = (
        f"a cell of a self-assessment form's money grid (in {cell_unit}) printed out of "
        "its heads' order: its column is not shown"
    )
    return cell_found(
        view, cell.start, cell.end, figure, cell_unit, rule=RULE, year=year, reason=reason
    )
