"""Rule ``money-table``: a grid whose columns are headed by a year and a kind, one cell a line.

Hunan's 部门整体支出绩效评价基础数据表 (the data sheet filed with a whole-department
self-evaluation: corpus 01, eighteenth held-out trial's 221) gives its 经费控制情况 as a
grid of three columns, each head a year and a kind:

    经费控制情况(万元 | 2022 年决算数 | 2023 年预算数 | 2023 年决算数
    三公经费:         | 0             | 0             | 0
    项目支出:         | 874.20        | 308.17        | 1025.20
    1、业务工作经费   |               |               |

A page pasting it one cell a paragraph loses the grid: the heads are split at their blank
(2022 / 年决算数) and empty cells leave only blank lines, so the general rule (``tables``)
sees no header. Here the heads are read whole, a line each, and each row is its label line
and the figure lines after it. A row is read only where it has exactly one figure per
column (then each figure's column is certain: none can be missing between them); its kind
is its head's (决算数, 执行数 SPENDING; 预算数 BUDGET) and its year the head's year (the
2022 决算 column of a 2023 report is 2022's money). A row with some figures but fewer or
more than the columns is listed unread, and so is a 政府采购金额 or 预算调整 row (money
counted or moved within the budget, not a budget or a spending of its own).

The grid's unit must be stated in its caption, the line right before the heads
(经费控制情况(万元), or with its closing parenthesis lost: ``tableunits.open_unit``);
without it nothing is read (corpus 01's 经费控制情况 states none). The grid ends at a
sentence, another caption with its unit (批复规模(㎡), a new head, or a part of the form
(说明:, 附件).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.tables.tableunits import cell_unit, open_unit
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_year_grids"]

RULE = "money-table"
_LINE = re.compile(r"[^\n]+")
_HEAD = re.compile(r"(?P<year>20\d\d)[ \t\u3000]*年度?[ \t\u3000]*(?P<column>决算数|预算数|执行数)")
_KINDS = {"决算数": "SPENDING", "执行数": "SPENDING", "预算数": "BUDGET"}
_FIGURE = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_LABEL = re.compile(r"[\u4e00-\u9fff]|^[…⋯.·]+$")
"""A row's label: words, or the template's …… (a row left for more items)."""
_CAPTION = re.compile(
    r"[（(][ \t\u3000]*(?:单位[ \t\u3000]*[：:][ \t\u3000]*)?(?:万元|亿元|元|㎡|平方米|人|个|辆)"
    r"[ \t\u3000]*[)）]?$"
)
"""A caption's unit in parentheses (批复规模(㎡, 预算投资 / (万元): another table's columns."""
_END = re.compile(r"[。；;]|^(?:说明|注)[:：]|^附件|^附表")
_NOT_OWN = re.compile(r"政府采购|预算调整")
MAX_ROWS = 30
REASON = (
    "a cell of a grid in {unit} headed by year ({heads}) whose row holds {count} figures for "
    "{columns} columns: which column each fills the flattened text does not show, not read"
)
NOT_OWN_REASON = (
    "a cell of the {label} row of a grid in {unit} ({heads}): it counts money bought or "
    "moved within the budget, not a budget or a spending of its own, so it is not read"
)


def find_year_grids(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """Each year-headed grid's cells (see above), read or listed unread."""
    text = simplified(view.text)
    lines = [(m.start(), m.end(), m.group().strip()) for m in _LINE.finditer(text)]
    lines = [line for line in lines if line[2]]
    at = 0
    while at < len(lines):
        heads = _heads(lines, at)
        if len(heads) < 2 or at == 0:
            at += max(1, len(heads))
            continue
        caption = lines[at - 1][2]
        unit = cell_unit(caption) or open_unit(caption)
        at += len(heads)
        if unit is None:
            continue
        at = yield from _rows(view, lines, at, heads, unit)


def _heads(lines: list, at: int) -> list[re.Match]:
    """The run of head lines from ``at``: each line a year and a kind, nothing else."""
    heads = []
    while at < len(lines) and (head := _HEAD.fullmatch(lines[at][2])):
        heads.append(head)
        at += 1
    return heads


def _rows(view, lines, at: int, heads: list[re.Match], unit: str):
    """The rows under ``heads`` from line ``at``; returns the line after the grid."""
    names = " / ".join(re.sub(r"\s+", "", h.group()) for h in heads)
    rows = 0
    while at < len(lines) and rows < MAX_ROWS:
        label = lines[at][2]
        if _ends(label) or not _LABEL.search(label):
            break
        at += 1
        figures = []
        while at < len(lines) and _FIGURE.fullmatch(lines[at][2]):
            figures.append(lines[at])
            at += 1
        rows += 1
        if not figures:
            continue
        name = re.sub(r"\s+", "", label).rstrip(":：")
        reason = None
        if _NOT_OWN.search(name):
            reason = NOT_OWN_REASON.format(label=name, unit=unit, heads=names)
        elif len(figures) != len(heads):
            reason = REASON.format(unit=unit, heads=names, count=len(figures), columns=len(heads))
        for (start, end, figure), head in zip(figures, heads * len(figures), strict=False):
            kind = None if reason else _KINDS[head["column"]]
            yield cell_found(
                view,
                start,
                end,
                figure,
                unit,
                rule=RULE,
                year=int(head["year"]),
                kind=kind,
                label=name if reason else f"{name} {head['year']}年{head['column']}",
                reason=reason,
            )
    return at


def _ends(label: str) -> bool:
    """Whether a line ends the grid: a sentence, a note or an annex, a new head, or another
    caption with its own unit (批复规模(㎡, 预算投资 / (万元)."""
    return bool(_END.search(label) or _HEAD.search(label) or _CAPTION.search(label))
