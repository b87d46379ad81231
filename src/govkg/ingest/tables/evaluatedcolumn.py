"""A table of evaluation results, one row a line between ``|``, with one column of the funds
each evaluation covered, in the unit its head states: OTHER, the money evaluated.

A finance bureau's notice of its key-project evaluations lists them (trial 52's 860, 衢州's
2022年重点项目绩效评价 results, on a spam mirror):

    序号 | 主管部门(单位) | 项目名称 | 资金量 (万元) | 评价等级 |
    1 | …委直属机关工作委员会 | 红色物业联盟工作专项经费 | 2059 | 良 |

The head 资金量 (资金, 金额, 资金规模, 涉及资金, 评价资金, 项目资金) with its unit in brackets
(a blank before it too) names the column's unit but no act: neither a budget nor a spending.
Beside a column of the evaluations' outcome (评价等级, 评价结果, 等级, 得分, 评分, 综合得分),
its cells are the size of the funds each evaluation covered, OTHER (as the notice's total,
``kinds.evaluatedcount``). The head line opens on 序号; a row is its own line opening on the
serial number counting up from 1, with as many cells as the heads: its cell under the money
head is read where it is a figure. A row cut short (the excerpt's end), a serial out of turn
or a line of other words ends the table. A head naming an act (预算数, 执行数, 支出) or no
outcome column: not this table (``tables`` and the others read those)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_evaluated_columns"]

RULE = "money-table"
_LINE = re.compile(r"(?m)^[^\n]*\|[^\n]*$")
_FUNDS_HEAD = re.compile(
    r"(?:项目|涉及|评价)?(?:资金量|资金规模|资金额|资金|金额)\s*[（(](?P<unit>万元|元|亿元)[)）]"
)
_OUTCOME_HEAD = re.compile(r"(?:评价)?(?:等级|结果|得分|评分)|综合得分")
_FIGURE = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_NAME_HEAD = re.compile(r"项目名称|名称|项目")
_CELL = re.compile(r"[^|]+")
REACH = 6000  # characters of rows read after the head line


def _cells(line: str, offset: int) -> list[tuple[int, int, str]]:
    """The cells of a ``|`` line (the empty one after a closing ``|`` left out)."""
    out = []
    at = 0
    for part in line.split("|"):
        stripped = part.strip(" \t\u3000")
        lead = len(part) - len(part.lstrip(" \t\u3000"))
        out.append((offset + at + lead, offset + at + lead + len(stripped), stripped))
        at += len(part) + 1
    if out and not out[-1][2]:
        out.pop()
    return out


def find_evaluated_columns(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """The funds cells of each evaluation results table (see above)."""
    text = simplified(view.text)
    for found in _LINE.finditer(text):
        offset, line = found.start(), found.group()
        heads = [words for _, _, words in _cells(line, offset)]
        if not heads or heads[0] != "序号":
            continue
        funds = [i for i, head in enumerate(heads) if _FUNDS_HEAD.fullmatch(head)]
        if len(funds) != 1 or not any(_OUTCOME_HEAD.fullmatch(head) for head in heads):
            continue
        column = funds[0]
        unit = _FUNDS_HEAD.fullmatch(heads[column])["unit"]
        named = next((i for i, h in enumerate(heads) if _NAME_HEAD.fullmatch(h)), None)
        yield from _rows(
            view, text, len(heads), column, named, heads[column], unit, year, offset + len(line)
        )


def _rows(view, text, count, column, named, head, unit, year, end) -> Iterator[MoneyFound]:
    """The rows after the head line at ``end``: cells between ``|``, a row's line break or
    its run on to the next row (a cleaning may join them: …| 良 |2 | …) alike."""
    cells = [
        (m.start() + len(m.group()) - len(m.group().lstrip()), m.group().strip())
        for m in _CELL.finditer(text, end, min(len(text), end + REACH))
    ]
    cells = [(at, words) for at, words in cells if words]
    serial = 1
    for at in range(0, len(cells), count):
        row = cells[at : at + count]
        if len(row) != count or row[0][1] != str(serial) or "\n" in row[-1][1]:
            return  # cut short, out of turn, or words of another kind
        start, figure = row[column]
        texts = [words for i, (_, words) in enumerate(row[1:column], 1) if i != column]
        if not _FIGURE.fullmatch(figure) or any(_FIGURE.fullmatch(w) for w in texts):
            return
        name = row[named][1] if named is not None else row[1][1]
        label = f"{serial} {name} {re.sub(r'[（(].*', '', head).strip()}"
        yield cell_found(
            view, start, start + len(figure), figure.replace(",", ""), unit, rule=RULE,
            year=year, kind="OTHER", label=label,
        )
        serial += 1
