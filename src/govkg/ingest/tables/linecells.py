"""A money table pasted one cell a line, each row its label and one figure under each head
(thirtieth trial).

A county's project evaluation, on a mirror that prints readings after characters, pastes its
table one cell a paragraph:

    项目名称
    预算支出(万元)
    实际支出(万元)
    档案录入
    12
    12
    扫描整理
    76.68326
    76.68326

The generic reader takes its heads between blanks on one line (a head running over lines is
a piped grid's, read cell by cell), and 预算支出 names no column there, so the bare cells were
missing (12) or listed unread (76.68326). Here a run of lines, blank lines between them or
none, is such a table where it opens on a label head (项目名称, 项目, 明细项目), then two or
more money heads each carrying the unit (one a line, or joined on one line, each closed by
its unit) (预算数, 预算支出 BUDGET; 实际支出, 执行数, 决算数
SPENDING; 到位资金 REVENUE: ``tablecells.column``), every head of a kind. Each row is a label
line (words, never a figure) and then its figures, one a line. A row with exactly one figure
for each head is read, each figure of its head's kind: no cell can be lost in it. A row with
fewer or more is not read (its cells stay as other rules list them). The table ends at a
line that is neither a label nor a figure (a sentence with 。, a heading 二、/(二), a long
line) or at the end of the text: a row the text cuts off reads nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.tables.tablecells import column
from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_line_cells"]

RULE = "money-table"
_LABEL_HEAD = re.compile(r"^(?:明细)?项目(?:名称|内容)?$")
_HEAD_UNIT = re.compile(r"[（(](?P<unit>万元|元)[)）]$")
_BUDGET_SPENT = re.compile(r"(?:年初|全年|调整后?)?预算支出(?:数|金额)?")
"""预算支出: the spending budgeted, a budget's column (``column`` knows 预算数)."""
_HEADS = re.compile(r".+?[（(](?:万元|元)[)）]")
_HEADS_LINE = re.compile(r"(?:.+?[（(](?:万元|元)[)）]){2,}")
"""Heads the cleaning joined on one line, each closed by its unit: 预算数(万元)实际支出(万元)."""
_FIGURE = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d{1,9})(?:\.\d{1,6})?")
_LABEL = re.compile(r"[\u4e00-\u9fff]")
_NOT_LABEL = re.compile(
    r"[。；;]|^[一二三四五六七八九十]+[、.．]|^[（(][一二三四五六七八九十]+[)）]"
)  # a sentence or a heading (二、 / (二)): the table has ended
_LINE = re.compile(r"[^\n]+")
MAX_LABEL = 40  # characters of a row's label line
MAX_ROWS = 40  # rows read under one head


def find_line_cells(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """The cells of each such table's full rows (see above)."""
    text = simplified(view.text)
    blank = PINYIN.sub(lambda m: " " * len(m.group()), text)
    lines = [
        (m.start() + len(m.group()) - len(m.group().lstrip()), re.sub(r"\s+", "", m.group()))
        for m in _LINE.finditer(blank)
        if m.group().strip()
    ]
    at = 0
    while at < len(lines):
        if not _LABEL_HEAD.fullmatch(lines[at][1]):
            at += 1
            continue
        heads, head_lines = [], 0
        for _, line in lines[at + 1 :]:
            words = _HEADS.findall(line) if _HEADS_LINE.fullmatch(line) else [line]
            kinds = [_kind(word) for word in words]
            if None in kinds:
                break
            heads += list(zip(words, kinds, strict=True))
            head_lines += 1
        units = {u["unit"] for word, _ in heads if (u := _HEAD_UNIT.search(word))}
        if len(heads) < 2 or len(units) != 1 or any(not _HEAD_UNIT.search(w) for w, _ in heads):
            at += 1
            continue
        unit = units.pop()
        at += 1 + head_lines
        rows = 0
        while at < len(lines) and rows < MAX_ROWS and _is_label(lines[at][1]):
            label = lines[at][1]
            figures = []
            at += 1
            while at < len(lines) and _FIGURE.fullmatch(lines[at][1]):
                figures.append(lines[at])
                at += 1
            rows += 1
            if len(figures) != len(heads):
                continue
            for (start, figure), (head, kind) in zip(figures, heads, strict=True):
                yield cell_found(
                    view, start, start + len(figure), figure, unit, rule=RULE, year=year,
                    kind=kind, label=f"{label} {_HEAD_UNIT.sub('', head)}",
                )


def _kind(word: str) -> str | None:
    """A money head's kind; None where the line is no money head."""
    bare = _HEAD_UNIT.sub("", word)
    if _BUDGET_SPENT.fullmatch(bare):
        return "BUDGET"
    kind = column(word)
    return kind or None


def _is_label(word: str) -> bool:
    return (
        bool(_LABEL.search(word))
        and len(word) <= MAX_LABEL
        and not _NOT_LABEL.search(word)
        and _kind(word) is None
    )
