"""Rule ``part-units``: a form's bare totals that take the unit word of their part rows.

A central transfer's area form (区域绩效目标自评表) may print its 预算执行情况 cell with the
unit word on the part rows only (thirty-third trial's 413, one cell a line):

    预算数: | 2.38 | 执行数: | 2.38 | 20 | 其中:中央补助 | 2.38 万元 | 其中:中央补助 | 2.38万元 |
    地方资金/其他 | 万元 | 地方资金/其他 | 万元

The totals are bare, each part row is printed once per column, its label repeated (the first
under 预算数, the second under 执行数), an empty part is its unit word alone. The totals are
money in the parts' unit, and each part in the column its place gives, only where the sums
prove it: the first cells of the parts add to the 预算数 total and the second cells to the
执行数 total, exactly, every part's label comes twice in a row, and one unit word is written
(万元 or 元). A score or a rate after the totals (20, 100%) is skipped, never read. Where
a sum fails or a label comes once, nothing is placed: the written parts stay as the other
rules read or list them, the bare totals no amount.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from govkg.ingest.facts import cite
from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.text.numbers import yuan
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_part_units"]

RULE = "part-units"
_TOKEN = re.compile(r"\d+(?:\.\d+)?%?(?:[ \t\u3000]*(?:万元|元))?|[^\s|\d]+")
"""Cells: a figure with its unit word (2.38  万元), a bare figure, a rate, or words."""
_BUDGET = re.compile(r"(?:全年|年初|调整后)?预算数[：:]?")
_SPENT = re.compile(r"(?:全年|实际)?执行数[：:]?")
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_WRITTEN = re.compile(r"(?P<fig>\d+(?:\.\d+)?)[ \t\u3000]*(?P<unit>万元|元)")
_EMPTY = re.compile(r"万元|元")
_SKIPPED = re.compile(r"\d+(?:\.\d+)?%?")
_LABEL = re.compile(r"(?:其中[：:])?(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff/／、（）()]{1,15})")
MAX_SKIPPED = 2  # a score or a rate after the totals
MAX_PARTS = 6
_COLUMNS = ("BUDGET", "SPENDING")


def find_part_units(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """The bare totals and the part rows of every such form whose sums hold (see above)."""
    text = simplified(view.text)
    tokens = list(_TOKEN.finditer(text))
    for at, token in enumerate(tokens):
        if _BUDGET.fullmatch(token.group()):
            yield from _block(view, tokens, at, year)


def _block(view, tokens: list[re.Match], at: int, year: int | None) -> Iterator[MoneyFound]:
    head = tokens[at : at + 4]
    if len(head) < 4 or not (
        _FIGURE.fullmatch(head[1].group())
        and _SPENT.fullmatch(head[2].group())
        and _FIGURE.fullmatch(head[3].group())
    ):
        return
    at += 4
    skipped = 0
    while at < len(tokens) and skipped < MAX_SKIPPED and _SKIPPED.fullmatch(tokens[at].group()):
        at, skipped = at + 1, skipped + 1
    parts = []  # (name, (label, cell) under 预算数, (label, cell) under 执行数)
    while len(parts) < MAX_PARTS and at + 3 < len(tokens):
        first, second = (
            _LABEL.fullmatch(tokens[at].group()),
            _LABEL.fullmatch(tokens[at + 2].group()),
        )
        cells = (tokens[at + 1], tokens[at + 3])
        if not (first and second and first["name"] == second["name"]):
            break
        if not all(_WRITTEN.fullmatch(c.group()) or _EMPTY.fullmatch(c.group()) for c in cells):
            break
        parts.append((first["name"], (tokens[at], cells[0]), (tokens[at + 2], cells[1])))
        at += 4
    cells = [cell for _, *pairs in parts for _, cell in pairs]
    units = {_unit(cell) for cell in cells}
    if len(units) != 1 or not any(_WRITTEN.fullmatch(cell.group()) for cell in cells):
        return
    unit = units.pop()
    budget, spent = Decimal(head[1].group()), Decimal(head[3].group())
    if sum(_figure(p[1][1]) for p in parts) != budget:
        return
    if sum(_figure(p[2][1]) for p in parts) != spent:
        return
    for label, cell, kind, name in (
        (head[0], head[1], "BUDGET", "预算数"),
        (head[2], head[3], "SPENDING", "执行数"),
    ):
        yield _found(view, label, cell, cell.group(), unit, kind, name, year)
    for name, *pairs in parts:
        for (label, cell), kind, column in zip(pairs, _COLUMNS, ("预算数", "执行数"), strict=True):
            if written := _WRITTEN.fullmatch(cell.group()):
                figure = written["fig"]
                yield _found(view, label, cell, figure, unit, kind, f"{name} {column}", year)


def _unit(cell: re.Match) -> str:
    written = _WRITTEN.fullmatch(cell.group())
    return written["unit"] if written else cell.group()


def _figure(cell: re.Match) -> Decimal:
    written = _WRITTEN.fullmatch(cell.group())
    return Decimal(written["fig"]) if written else Decimal(0)


def _found(view, label, cell, figure, unit, kind, name, year) -> MoneyFound:
    return MoneyFound(
        rule=RULE,
        cites=(cite(view, label.start(), cell.end()),),
        amount=yuan(figure, unit),
        figure=figure,
        unit=unit,
        as_written=cite(view, cell.start(), cell.end()).quote,
        kind=kind,
        label=name,
        year=year,
    )
