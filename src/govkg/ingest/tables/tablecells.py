"""A money table flattened to text, as cells: the cells between ``|`` or blanks, a figure, a
row's label, a header cell's kind of money (its column), and an amount found in a cell (rule
``money-table``). ``tables``, ``executionrate`` and ``indicatormoney`` read them.

A head cell may end on a colon, as a label does (trial 56's 1011, a Hunan 部门整体支出绩效
自评表 in a mirror: 資金情況(萬元) | | 年初預算資金總額: | 實際投入資金額 | 產生差異的原因 |):
it names its column all the same."""

from __future__ import annotations

import re
from dataclasses import dataclass

from govkg.ingest.facts import cite
from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.owncells import unit_cell
from govkg.ingest.tables.tableunits import DECLARED as _DECLARED
from govkg.ingest.text.numbers import yuan

__all__ = ["FIGURE", "MAX_CELLS", "RULE", "Cell", "cells", "column", "found", "is_label", "name"]

RULE = "money-table"
_PIPE_CELLS = re.compile(r"[^|\n]*")
_BLANK_CELLS = re.compile(r"[^\s|]+")
FIGURE = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_MONEY_COLUMNS = (
    (
        "SPENDING",
        re.compile(
            r"(?:全年|预算|实际)?执行数|实际(?:投入|支出|使用)资金?(?:额|数)?|决算数|实际支出数?"
            r"|实际数"  # beside 预算数: what was spent (a 子项 table, corpus round 16)
        ),
    ),
    ("REVENUE", re.compile(r"(?:实际)?到位(?:资金)?(?:数|额)?")),
    ("BUDGET", re.compile(r"(?:年初|全年|调整后?)?预算(?:数|资金总额|总额|金额)?")),
    ("BUDGET", re.compile(r"计划(?:支出|使用|投入)(?:资金)?(?:数|额)?")),  # beside 实际支出数
)
_OTHER_COLUMNS = re.compile(
    r"(?:预算)?执行率|分值|得分|权重|(?:产生)?差异的?原因.*|未完成原因.*|原因|偏差.*|备注|评分"
)
_LABEL = re.compile(r"[\u4e00-\u9fff]")
MAX_CELLS = 120  # cells looked at under one header


@dataclass(frozen=True)
class Cell:
    text: str  # simplified, stripped
    start: int  # cleaned offsets of the stripped text
    end: int


def cells(text: str, start: int, end: int, piped: bool) -> list[Cell]:
    """The cells of ``text[start:end]``: between ``|`` and line breaks (empty cells kept),
    or between blanks."""
    out = []
    pattern = _PIPE_CELLS if piped else _BLANK_CELLS
    previous = -1
    for match in pattern.finditer(text, start, end):
        if piped and match.start() == previous:
            continue  # the empty match right after a cell
        previous = match.end()
        raw = match.group()
        stripped = raw.strip(" \t\u3000\xa0")
        closing = text[match.end() : match.end() + 1] == "\n" and text[match.start() - 1] == "|"
        if piped and not stripped and match.start() > 0 and closing:
            continue  # "238.93 |\n": the line break closes the cell, no empty cell
        at = match.start() + (len(raw) - len(raw.lstrip(" \t\u3000\xa0")))
        out.append(Cell(stripped, at, at + len(stripped)))
    return out


def column(cell: str) -> str | None:
    """A header cell's kind of money, ``""`` for a column that is not money, None: not a
    column header."""
    words = re.sub(r"\s+", "", _DECLARED.sub("", cell)).rstrip(":：")  # 年初预算资金总额: (1011)
    for kind, pattern in _MONEY_COLUMNS:
        if pattern.fullmatch(words):
            return kind
    if _OTHER_COLUMNS.fullmatch(words):
        return ""
    return None


def is_label(cell: str) -> bool:
    """A row's label: words, never a figure, nor a figure with its unit (150万: ``owncells``)."""
    return bool(_LABEL.search(cell)) and not FIGURE.fullmatch(cell) and not unit_cell(cell)


def name(cell: str) -> str:
    return re.sub(r"\s+", "", _DECLARED.sub("", cell)).rstrip(":：")


def found(view, label, cell, unit, kind, name, year, reason=None) -> MoneyFound:
    quote = cite(view, label.start if label else cell.start, cell.end)
    return MoneyFound(
        rule=RULE,
        cites=(quote,),
        amount=yuan(cell.text, unit),
        figure=cell.text,
        unit=unit,
        as_written=cite(view, cell.start, cell.end).quote,
        kind=kind,
        label=name,
        year=year,
        reason=reason,
    )
