"""Rule ``money-table``: the rows of a table comparing a unit's two years, each row proven by
its change column (fifty-fifth session: trial 54's 942).

A hospital's yearly 财务信息公示 is its 收支 table flattened a row a line, cells a blank apart:

    单位:达州市达川区中医医院 单位:元
    项目及编号 2016年度 2017年度 2017比2016增减
    增减值 增减%
    一、收入支出情况对比 (一) 收入总计 58596771.09 117154424.7 58557653.59 99.93%
    1. 财政补助收入 6909800 55508400 48598600 703.33%
    2. 科教项目收入 0
    (二) 支出总计 68040296.8 73952025.38 5911728.58 8.69%
    5. 其他支出 167780.84 38814.09 -128966.75 -76.87%
    二、每门急诊人次平均收费水平 171.7 225.41 53.71 31.28%
    三、出院者平均医药费用
    5591.34 5641.93 50.59 0.90%

The head (two year columns, then the change column YYYY比YYYY增减: ``text.comparedcolumns``)
names the columns; the money unit is the one stated just above it (单位:元). A row is its
label and three figures, with a rate or not (a label alone on its line takes the figures of
the next). It is read only where its figures prove their columns: the third is the second
less the first, to half the last decimal the coarsest is written to (117154424.7 less
58596771.09 is 58557653.61, stated 58557653.59: 117154424.7 is rounded), and a rate, where
written, is the change over the first year's figure. Then:

- the two years' cells are of the kind the row's words say (收入 REVENUE; 支出, 成本, 费用
  SPENDING); a row saying neither takes its group's (a numbered line under (二) 支出总计),
  and an average (平均, 人均, 人次) is a PRICE_OR_RATE, its change too;
- the change of money is a CHANGE of the later year: its magnitude, the minus sign (its
  direction) left out of the quote and said in the label.

A row of one figure (科教项目收入 0: which column it fills the flattened text does not show),
one the subtraction does not prove, or one with a negative year's figure is listed unread.
No stated unit: nothing is read (``loosecells`` lists the cells).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.tables.tableunits import declared_unit
from govkg.ingest.text.comparedcolumns import compared_column_year
from govkg.ingest.text.numbers import number_value
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["change_proven", "find_compared_rows"]

RULE = "money-table"
UNIT_REACH = 120  # characters above the head where its money unit is stated
MAX_ROWS = 40
MAX_HEAD = 120  # characters of a head line: 项目及编号 2016年度 2017年度 2017比2016增减
_LINE = re.compile(r"[^\n]+")
_TOKEN = re.compile(r"\S+")
_FIGURE = re.compile(r"-?\d+(?:\.\d+)?")
_RATE = re.compile(r"-?\d+(?:\.\d+)?%")
_HEAD_WORDS = re.compile(
    r"(?:[ \t\u3000]*(?:增减值|增减额|增减%|增减率|增减幅度|增长率|金额|比例))+"
)
"""The head's second line, its change column's leaves (增减值 增减%)."""
_NUMBERING = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.、．])"
)
_GROUPED = re.compile(r"^.*?[(（][一二三四五六七八九十]+[)）]")
_END = re.compile(r"[。；;]|^(?:说明|注|备注)[:：]")
_AVERAGE = re.compile(r"平均|人均|人次|每[人床日次]")
_REVENUE = re.compile(r"收入")
_SPENDING = re.compile(r"支出|成本|费用")
ONE_FIGURE_REASON = (
    "a row of one figure in a table of {first} and {second} and their change, in {unit}: "
    "which column it fills the flattened text does not show, not read"
)
UNPROVEN_REASON = (
    "a cell of a table of {first} and {second} and their change, in {unit}, whose row's "
    "change is not its second figure less its first: its columns are not proven, not read"
)
NO_KIND_REASON = (
    "a cell of a table of {first} and {second} and their change, in {unit}, whose row "
    "names no kind of money (收入, 支出): not read"
)


def find_compared_rows(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """Each two-year comparison table's cells (see above), read or listed unread."""
    text = simplified(view.text)
    lines = [(m.start(), m.group()) for m in _LINE.finditer(text) if m.group().strip()]
    at = 0
    while at < len(lines):
        start, line = lines[at]
        head = _head(line)
        at += 1
        if head is None:
            continue
        unit = declared_unit(text, start + len(line), UNIT_REACH + len(line))
        if unit is None:
            continue
        first, second = sorted((head["base"], head["year"]))
        if at < len(lines) and _HEAD_WORDS.fullmatch(lines[at][1]):
            at += 1
        at = yield from _rows(view, lines, at, unit, int(first), int(second))


def _head(line: str) -> re.Match | None:
    """The line's compared head, asked only of a short line naming a change (比…增减): the
    head's pattern backtracks over a long line, and a flattened row of thousands of cells
    is no head."""
    if len(line) > MAX_HEAD or "增减" not in line or "比" not in line:
        return None
    return compared_column_year(line)


def _rows(view: TextView, lines: list, at: int, unit: str, first: int, second: int):
    """The rows from line ``at`` (see above); returns the line after the table."""
    group = None
    for _ in range(MAX_ROWS):
        if at >= len(lines) or _END.search(lines[at][1]) or _head(lines[at][1]):
            break
        label, cells = _split(*lines[at])
        at += 1
        if not cells and at < len(lines):
            more_label, more = _split(*lines[at])
            if more and not more_label:  # 三、出院者平均医药费用 / 5591.34 5641.93 50.59 0.90%
                cells = more
                at += 1
        if not cells:
            if not label or at >= len(lines):
                break
            group = _money_kind(label) or group  # a group's head: 一、收入支出情况对比
            continue
        group = _money_kind(label) or group
        yield from _row(view, label, cells, unit, first, second, group)
    return at


def _split(start: int, line: str) -> tuple[str, list[tuple[int, str]]]:
    """A line's label and its trailing figures and rate, each with its offset."""
    tokens = [(start + m.start(), m.group()) for m in _TOKEN.finditer(line)]
    cut = len(tokens)
    while cut and (_FIGURE.fullmatch(tokens[cut - 1][1]) or _RATE.fullmatch(tokens[cut - 1][1])):
        cut -= 1
    label = "".join(word for _, word in tokens[:cut])
    return label, tokens[cut:]


def _money_kind(label: str) -> str | None:
    if _REVENUE.search(label):
        return "REVENUE"
    if _SPENDING.search(label):
        return "SPENDING"
    return None


def _row(view, label, cells, unit, first, second, group) -> Iterator[MoneyFound]:
    """One row's cells: read where proven, else listed unread."""
    name = re.sub(
        r"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.、．])", "", label
    )
    name = re.sub(r"^.*?[(（][一二三四五六七八九十]+[)）]", "", name) or name
    figures = [(at, word) for at, word in cells if _FIGURE.fullmatch(word)]
    rates = [word for _, word in cells if _RATE.fullmatch(word)]
    average = bool(_AVERAGE.search(name))
    kind = "PRICE_OR_RATE" if average else _money_kind(name) or group
    words = {"first": f"{first}年度", "second": f"{second}年度", "unit": unit}
    reason = None
    if len(figures) == 1:
        reason = ONE_FIGURE_REASON.format(**words)
    elif len(figures) != 3 or not change_proven([w for _, w in figures], rates):
        reason = UNPROVEN_REASON.format(**words)
    elif kind is None:
        reason = NO_KIND_REASON.format(**words)
    heads = (f"{first}年度", f"{second}年度", f"{second}比{first}增减值")
    for index, (at, word) in enumerate(figures):
        sign = int(word.startswith("-"))
        change = index == 2 and not reason
        negative = sign and not change  # a year's figure below zero: no amount of money
        cell_reason = (reason or UNPROVEN_REASON.format(**words)) if negative else reason
        direction = ("减少" if sign else "增加") if change else ""
        yield cell_found(
            view,
            at + sign,
            at + len(word),
            word[sign:],
            unit,
            rule=RULE,
            year=(first, second, second)[index] if len(figures) == 3 else None,
            kind=None if cell_reason else (kind if index < 2 or average else "CHANGE"),
            label=f"{name} {heads[index]}{direction}" if len(figures) == 3 else name,
            reason=cell_reason,
        )


def change_proven(figures: list[str], rates: list[str]) -> bool:
    """Whether the third figure is the second less the first, to half the coarsest figure's
    last decimal, and a rate (if any) the third over the first, to a unit of its last one."""
    values = [number_value(word) for word in figures]
    slack = max(_unit_of(word) for word in figures) / 2
    if abs(values[1] - values[0] - values[2]) > slack:
        return False
    if len(rates) != 1 or values[0] == 0:
        return len(rates) <= 1
    rate = number_value(rates[0].rstrip("%"))
    return abs(values[2] / values[0] * 100 - rate) <= _unit_of(rates[0].rstrip("%"))


def _unit_of(word: str) -> Decimal:
    """The last decimal place a figure is written to: 117154424.7 → 0.1, 6909800 → 1."""
    decimals = len(word.split(".")[1]) if "." in word else 0
    return Decimal(1).scaleb(-decimals)
