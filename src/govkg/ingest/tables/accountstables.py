"""Rule ``money-table``, two more shapes: tables whose every figure's row and column are
certain, under a unit the table states.

- A 收入支出决算总表 flattened one cell per line (a PDF's or a page's text): after
  "金额单位:万元" its header cells (收入 支出 项目 行次 金额 项目 行次 金额 栏次 1 栏次 2),
  then each row as its label, its 行次 and its 金额: "一、一般公共预算财政拨款收入 / 1 /
  440.55 / 一、一般公共服务支出 / 29 / 423.20". A side's 行次 count up by one, row after
  row: that is what makes each figure's row certain; where they do not, or a cell is lost
  (an empty cell leaves no line), reading stops. A 决算 table's 收入 row is revenue and its
  支出 row spending; a 预算 table's are budgets; a row whose label names neither is not read.
- A piped table of one money column under a stated unit: "单位:万元 / 项 目 | 本年预算数 |
  / 合 计 | 46 | / 2.公务接待费 | 8 |": each row's figure is of that column.

Anything else (no unit, a column not known, a row out of order) is left to ``tables``,
which lists what it cannot place unread: never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govkg.ingest.facts import cite
from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.text.numbers import yuan
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_accounts_tables"]

RULE = "money-table"
MAX_ROWS = 80  # rows read under one header
_UNIT_LINE = re.compile(
    r"^[ \t\u3000]*(?:金额)?单位\s*[：:]\s*(?P<unit>万元|元|亿元)[ \t\u3000]*$", re.M
)
_TOKEN = re.compile(r"[^\n]+")
_HEADER = re.compile(r"收入|支出|项目|行次|金额|栏次|\d{1,2}")
_ROW_NUMBER = re.compile(r"\d{1,3}")
_FIGURE = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_TITLE = re.compile(r"(?:收入|支出|收支)[^\n]{0,10}(?:决算|预算)[^\n]{0,6}表")
"""A table of revenue and spending by its title: 收入支出决算总表, 财政拨款收入支出预算总表."""
_ENUMERATOR = re.compile(r"^(?:[一二三四五六七八九十]+\s*[、.．]|\d+\s*[、.．]|[（(]\d+[）)])\s*")
_ROW_KINDS = (
    ("CARRY_OVER", re.compile(r"结转|结余(?!分配)")),
    ("REVENUE", re.compile(r"收入(?:合计|总计)?$")),
    ("SPENDING", re.compile(r"支出(?:合计|总计)?$")),
)
_ONE_COLUMN = {"本年预算数": "BUDGET", "预算数": "BUDGET", "年初预算数": "BUDGET"}
_LABEL_HEADER = re.compile(r"项\s*目|科\s*目|名\s*称")


def find_accounts_tables(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """The figures of the two table shapes, in text order."""
    text = simplified(view.text)
    for unit_line in _UNIT_LINE.finditer(text):
        unit = unit_line["unit"]
        title = _last_title(text, unit_line.start())
        yield from _flattened(view, text, unit_line.end(), unit, title, year)
        yield from _one_column(view, text, unit_line.end(), unit, year)


def _last_title(text: str, at: int) -> str:
    """The table's title: the last one in the lines just above."""
    found = ""
    for match in _TITLE.finditer(text, max(0, at - 160), at):
        found = match.group()
    return found


def _flattened(view, text, start, unit, title, year) -> Iterator[MoneyFound]:
    tokens = [t for t in _TOKEN.finditer(text, start) if t.group().strip()][: 4 * MAX_ROWS]
    header = []
    while len(header) < len(tokens) and _HEADER.fullmatch(tokens[len(header)].group().strip()):
        header.append(tokens[len(header)].group().strip())
    sides = header.count("金额")
    if "行次" not in header or sides == 0 or sides != header.count("项目"):
        return
    accounts, budget = "决算" in title, "预算" in title and "决算" not in title
    if not (accounts or budget):
        return  # whether a 金额 is spent or planned, the table does not say
    last = [None] * sides  # the last 行次 read on each side
    at, side = len(header), 0
    while at + 2 < len(tokens):
        label, number, figure = (tokens[at + i] for i in range(3))
        words, row = label.group().strip(), number.group().strip()
        if _FIGURE.fullmatch(words) or not _ROW_NUMBER.fullmatch(row):
            return
        if not _FIGURE.fullmatch(figure.group().strip()) or figure.end() >= len(text):
            return  # a lost cell, or a figure the excerpt may cut short: stop here
        if last[side] is not None and int(row) != last[side] + 1:
            return
        last[side] = int(row)
        name = _ENUMERATOR.sub("", re.sub(r"\s+", "", words))
        kind = _row_kind(name, budget)
        cell = _strip(text, figure.start(), figure.end())
        yield _found(view, label.start(), cell, unit, kind, name, year)
        at, side = at + 3, (side + 1) % sides


def _row_kind(name: str, budget: bool) -> str | None:
    for kind, words in _ROW_KINDS:
        if words.search(name):
            return "BUDGET" if budget and kind != "CARRY_OVER" else kind
    return None


def _one_column(view, text, start, unit, year) -> Iterator[MoneyFound]:
    lines = list(_TOKEN.finditer(text, start))[: MAX_ROWS + 1]
    if not lines:
        return
    head = [c.strip() for c in lines[0].group().split("|")]
    if len(head) < 2 or any(head[2:]) or not _LABEL_HEADER.fullmatch(head[0]):
        return
    column = re.sub(r"\s+", "", head[1])
    kind = _ONE_COLUMN.get(column)
    if kind is None:
        return
    for line in lines[1:]:
        cells = line.group().split("|")
        if len(cells) < 2 or any(c.strip() for c in cells[2:]):
            return
        words = re.sub(r"\s+", "", cells[0])
        if not re.search(r"[\u4e00-\u9fff]", words):
            return
        figure = cells[1].strip()
        if not figure:
            continue  # an empty cell states nothing
        if not _FIGURE.fullmatch(figure):
            return
        begin = line.start() + len(cells[0]) + 1
        cell = _strip(text, begin, begin + len(cells[1]))
        name = _ENUMERATOR.sub("", words)
        yield _found(view, line.start(), cell, unit, kind, f"{name} {column}", year)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _found(view, label_start, cell, unit, kind, name, year) -> MoneyFound:
    start, end = cell
    figure = view.text[start:end]
    return MoneyFound(
        rule=RULE,
        cites=(cite(view, label_start, end),),
        amount=yuan(figure.replace(",", ""), unit),
        figure=figure,
        unit=unit,
        as_written=cite(view, start, end).quote,
        kind=kind,
        label=name,
        year=year,
        reason=None if kind else "a row of the table whose label names no kind of money",
    )
