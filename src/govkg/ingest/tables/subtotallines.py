"""A table one cell a line whose first money column is each row's 小计: the rows its sums
prove are read, every other cell listed unread (thirty-eighth trial).

A city's fund report pastes its table of funds handed down one cell a paragraph, its heads
naming no kind, the unit on a line of its own under each head, the empty cells dropped and
each row's 序号 after the cells of the row before::

    2023年…补助资金、绩效奖励资金下达情况
    序号 / 地  区 / 小计 / 一般项目 / (万元) / 重点项目 / (万元) / 绩效奖励 / (万元)
    合  计 / 3020 / 1520 / 360 / 1140 / 1 / 市本级 / 150 / 150 / 2

Its whole-number cells were neither read nor listed. Here such a table opens on a 小计 head
after a title line saying the funds were handed down or shared out (下达 / 分配 / 安排…情况),
two or more part heads after it, one unit on them all. A row is its label line then its
figures; a last figure equal to the next row's 序号 is that number, not a cell. Where a row's
first figure is the sum, to the yuan, of the others, the 小计 and its parts are read as the
title's budget (a part under its own head where the row has one figure for each, else
under none of them: a dropped cell hides its column); any other row is listed unread.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_subtotal_lines"]

RULE = "money-table"
_TITLE = re.compile(r"(?:下达|分配|安排)(?:情况|明细)?(?:表)?$")
_SUBTOTAL = re.compile(r"^小计$")
_UNIT = re.compile(r"^[（(](?P<unit>万元|元)[)）]$|[（(](?P<joined>万元|元)[)）]$")
_FIGURE = re.compile(r"\d{1,9}(?:\.\d{1,6})?")
_LABEL = re.compile(r"[\u4e00-\u9fff]")
_NOT_LABEL = re.compile(
    r"[。；;，,]|^[一二三四五六七八九十]+[、.．]|^[（(][一二三四五六七八九十]+[)）]"
)  # a sentence or a heading (二、 / (二)): the table has ended
_LINE = re.compile(r"[^\n]+")
HEAD_REACH = 4  # lines between the title and the 小计 head (序号, 地区…)
MAX_LABEL = 30  # characters of a row's label line
MAX_ROWS = 40
REASON = (
    "a cell of a table in {unit} one cell a line whose row does not add up to its 小计 "
    "(a dropped cell hides its column): not read"
)


def find_subtotal_lines(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """Each such table's cells (see above): rows their sums prove read, the rest unread."""
    text = simplified(view.text)
    blank = PINYIN.sub(lambda m: " " * len(m.group()), text)
    lines = [
        (m.start() + len(m.group()) - len(m.group().lstrip()), re.sub(r"\s+", "", m.group()))
        for m in _LINE.finditer(blank)
        if m.group().strip()
    ]
    for at, (_, line) in enumerate(lines):
        if not _SUBTOTAL.fullmatch(line):
            continue
        title = next(
            (w for _, w in reversed(lines[max(0, at - HEAD_REACH) : at]) if _TITLE.search(w)),
            None,
        )
        if title is None:
            continue
        yield from _table(view, lines, at + 1, year)


def _table(view: TextView, lines, at: int, year: int | None) -> Iterator[MoneyFound]:
    """The heads after the 小计 head, then the rows (see the module's text)."""
    heads: list[str] = []
    units: set[str] = set()
    while at + 1 < len(lines) and not _FIGURE.fullmatch(lines[at + 1][1]):
        word = lines[at][1]
        unit = _UNIT.search(word)
        if _FIGURE.fullmatch(word) or not (_LABEL.search(word) or unit):
            return
        if unit:
            units.add(unit["unit"] or unit["joined"])
        if unit is None or unit["joined"]:
            heads.append(_UNIT.sub("", word))
        at += 1
    if len(heads) < 2 or len(units) != 1:
        return
    unit = units.pop()
    serial = 1
    for _ in range(MAX_ROWS):
        if at >= len(lines) or not _is_label(lines[at][1]):
            return
        label = lines[at][1]
        at += 1
        figures = []
        while at < len(lines) and _FIGURE.fullmatch(lines[at][1]):
            figures.append(lines[at])
            at += 1
        if figures and figures[-1][1] == str(serial) and not _adds_up(figures):
            figures.pop()  # the next row's 序号
            serial += 1
        yield from _row(view, label, figures, heads, unit, year)


def _row(view: TextView, label: str, figures, heads: list[str], unit: str, year):
    """One row's cells: read where its first figure is the sum of the rest, else unread."""
    proven = _adds_up(figures)
    for place, (start, figure) in enumerate(figures):
        if not proven:
            reason = REASON.format(unit=unit)
            yield cell_found(view, start, start + len(figure), figure, unit, rule=RULE,
                             year=year, reason=reason)  # fmt: skip
            continue
        if place == 0:
            head = "小计"
        elif len(figures) == len(heads) + 1:
            head = heads[place - 1]
        else:
            head = "(one of " + " / ".join(heads) + ")"
        yield cell_found(view, start, start + len(figure), figure, unit, rule=RULE,
                         year=year, kind="BUDGET", label=f"{label} {head}")  # fmt: skip


def _adds_up(figures) -> bool:
    """Whether the first of two or more figures is the sum, to the yuan, of the rest."""
    values = [Decimal(figure) for _, figure in figures]
    return len(values) >= 2 and values[0] == sum(values[1:])


def _is_label(word: str) -> bool:
    return bool(_LABEL.search(word)) and len(word) <= MAX_LABEL and not _NOT_LABEL.search(word)
