"""A one-column “三公”经费 table printed one row a line, its label then its figure
(forty-first trial).

A county's 三公 决算 table, pasted from a page as plain lines under its unit:

    某县2015年度某局“三公”经费决算情况表
                                        单位:万元
    项      目 本年决算数
    一、支出合计 9.28
    1、因公出国(境)费用
    2、公务接待费 9.28
    …
    二、相关统计数
    5、公务接待批次(批) 186

``threepublicgrid`` takes such a table's cells one a line or between borders, so a row
whose label and figure share a line was one word, and its figure was only listed unread.
Here, after the unit's line, a head line of the label's head (项目) and one money column
(本年决算数 SPENDING, 预算数 BUDGET: ``threepublicitemgrid``), each line is a row: its
label, then its figure after a blank, or nothing (an empty cell: no amount, and no figure
moves to it, since each figure stands on its own row's line). The rows end at a blank line,
a sentence, a line that is no label, or a row that counts (相关统计数, 批次, (人), (辆)): its
whole numbers are no money. Read only under a 三公 table's title, where the rows name two
三公 items and the title does not name the other kind (``item_grid``).

A mirror that prints 年 as a dash (2015-度) heads the column 本-决算数: it is read as
本年决算数 only where the text shows that substitution plainly (``text.dashyear``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.tables.threepublicgrid import DECLARED, ITEMS
from govkg.ingest.tables.threepublicitemgrid import item_grid
from govkg.ingest.text.dashyear import writes_year_as_dash
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView
from govkg.ingest.threepublic.words import QUOTED

__all__ = ["find_three_public_lines", "title_above"]

RULE = "three-public-grid"
_HEAD = re.compile(
    r"[ \t\u3000]*项[ \t\u3000]*目[ \t\u3000]+"
    r"(?P<head>(?:本|上|20\d\d)[ \t\u3000]*(?P<year>年|-)[ \t\u3000]*度?[ \t\u3000]*"
    r"(?:决[ \t\u3000]*算|预[ \t\u3000]*算)[ \t\u3000]*数)[ \t\u3000]*"
)
_ROW = re.compile(
    r"(?P<label>.*?[\u4e00-\u9fff)）])(?:[ \t\u3000]+(?P<fig>\d{1,9}(?:\.\d{1,6})?))?"
)
_COUNTS = re.compile(r"统计|批次|人数|[（(](?:个|人|辆|批|次|台|人次)[)）]")
_TITLE = re.compile(QUOTED + r"[^\n。|]{0,16}?表")
TITLE_LINES = 3  # lines above the unit's line in which the table's title stands
MAX_ROWS = 20


def find_three_public_lines(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """Each figure of a one-column 三公 table printed a row a line (see above)."""
    text = simplified(view.text)
    dash = writes_year_as_dash(text)
    for declared in DECLARED.finditer(text):
        head, lines = _head(text, declared.end("unit"))
        if head is None or (head["year"] == "-" and not dash):
            continue
        title = title_above(text, declared.start())
        if not title:
            continue
        rows, labels = _rows(text, lines)
        if len(set(ITEMS.findall("".join(labels)))) < 2:
            continue
        column = re.sub(r"\s+", "", head["head"]).replace("-", "年")
        unit = re.sub(r"\s+", "", declared["unit"])
        for start, end, figure, kind, label, shift in item_grid(
            ["项目", column], rows, title, year
        ):
            at_year = year + shift if year is not None else None
            yield cell_found(
                view, start, end, figure, unit, rule=RULE, year=at_year, kind=kind, label=label
            )


def _head(text: str, at: int):
    """The head line right after the unit at ``at`` (on the unit's own line, where the
    cleaning joined them, or the next) and the lines after it; (None, []) where none."""
    rest = text.find("\n", at)
    rest = len(text) if rest < 0 else rest
    begin = at + len(text[at:rest]) - len(text[at:rest].lstrip(" \t\u3000)）"))
    if begin >= rest:  # the unit ends its line: the head is the next line
        lines = _lines_after(text, at)
        if not lines:
            return None, []
        begin, rest = lines[0]
    return _HEAD.fullmatch(text, begin, rest), _lines_after(text, begin)


def _lines_after(text: str, at: int) -> list[tuple[int, int]]:
    """(start, end) of the lines after the one ``at`` is on, up to MAX_ROWS + 1."""
    lines = []
    begin = text.find("\n", at)
    while begin >= 0 and len(lines) <= MAX_ROWS:
        end = text.find("\n", begin + 1)
        end = len(text) if end < 0 else end
        lines.append((begin + 1, end))
        begin = end if end < len(text) else -1
    return lines


def _rows(text: str, lines: list[tuple[int, int]]):
    """(rows for ``item_grid``: label and its one figure cell, labels of every row)."""
    rows, labels = [], []
    for begin, end in lines:
        line = text[begin:end]
        word = line.strip()
        if not word or "。" in word or "；" in word:
            break
        row = _ROW.fullmatch(word)
        if row is None or _COUNTS.search(row["label"]):
            break
        label = re.sub(r"\s+", "", row["label"])
        labels.append(label)
        if row["fig"]:
            start = begin + line.index(word) + row.start("fig")
            rows.append((label, [(start, start + len(row["fig"]), row["fig"])]))
    return rows, labels


def title_above(text: str, at: int) -> str:
    """The 三公 table's title among the few lines above ``at``, squeezed; "" where none."""
    begin = at
    for _ in range(TITLE_LINES):
        begin = text.rfind("\n", 0, max(0, begin - 1)) + 1
    found = None
    for found in _TITLE.finditer(text, begin, at):  # noqa: B007
        pass
    if found is None:
        return ""
    line = text.rfind("\n", 0, found.start()) + 1
    return re.sub(r"\s+", "", text[line : found.end()])
