"""A table of bond-funded projects with one column of each bond's issued size, in the unit
its head or the table's unit line states (forty-fourth trial: Zhejiang 专项债券 evaluation
notices).

A county bureau publishes its special-bond projects' evaluation as a table whose only money
column is the bond issued for each project:

    序号 | 主管部门 | 项目单位 | 项目名称 | 发行金额(亿元) | 评价得分 | 评价结果 | 备注 |
    1 | …局 | …中心 | …工程 | 0.4 | 87 | 良 | 财政部门重点评价 |

or the same one cell a line, or under ``单位:亿元`` with heads 项目名称 / 债券性质 /
截至2023年底已发债券规模 / 自评分数 / 自评等级. The generic reader wants two money columns,
so these cells were never seen. Here the head that names the bond's issued size (发行金额,
已发债券规模, 债券规模; never a planned one: 计划/拟/申请) fixes the column; its unit is the
head's own or a unit stated just above the heads. Each cell is read REVENUE: a bond already
issued for the project is money the project got (the text's words: 争取债券资金).

Piped: each line after the heads with as many cells is a row; its cell under the bond head is
read where it is a figure. One cell a line (empty cells lost): a row is an optional 序号, then
one text cell for each head before the bond head, then the figure; what follows up to the
next row (scores, grades, a 备注 before the next 序号) is passed over. A 合计/总计 line followed
by a figure is the column's total. Anything else ends the table: nothing is guessed.

A short notice whose cells are long (a town's company, a project's full name) may be taken
by the cleaning for a hard-wrapped text, its cells joined into one line (trial 58's 1103:
…新农村建设投资有限公司永嘉县巽宅镇山区共同富裕样板区建设项目0.05, the bond cell glued to the
project's name). Where the cleaned lines read no row, the stored lines, one cell each, are
read the same way; a cell is read only where the cleaning kept it whole, cited by its cleaned
span.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.tables.tablecells import FIGURE as _FIGURE
from govkg.ingest.tables.tablecells import cells as _cells
from govkg.ingest.tables.tableunits import cell_unit, declared_unit
from govkg.ingest.text.numbers import to_ascii_digits
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_bond_columns"]

RULE = "money-table"
KIND = "REVENUE"
_BOND_HEAD = re.compile(r"(?:发行|已发)(?:债券)?(?:金额|规模|额)|债券(?:发行)?(?:规模|金额)")
_NOT_ISSUED = re.compile(r"计划|拟|申请|需求|预计")
_NAME_HEAD = re.compile(r"项目名称|项目")
_SERIAL_HEAD = "序号"
_TOTAL = re.compile(r"[合总]计")
_UNIT_TEXT = re.compile(r"[（(]?\s*(?:单位\s*[：:]\s*)?(?:万元|亿元|元)\s*[)）]?")
_LINE_CELL = re.compile(r"[^\n]*\S[^\n]*")
_TRAILING_HEAD = re.compile(r"(?:自评|评价|绩效)?(?:得分|分数|分值|等级|结果|结论)|备注")
MAX_HEAD_CHARS = 14
MAX_HEADS = 10
MAX_ROWS = 40
MAX_GRADE_CHARS = 3  # 优, 良好, 不合格: a trailing grade cell, never a project's name
UNIT_REACH = 160


def find_bond_columns(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """The bond-size cells of each such table, piped or one cell a line."""
    text = simplified(view.text)
    yield from _piped(view, text, year)
    found = list(_one_a_line(view, text, year, _same))
    if not found:  # a short notice's long cells the cleaning joined as a hard wrap: as stored
        found = list(_one_a_line(view, to_ascii_digits(simplified(view.source)), year, _cleaned))
    yield from found


def _same(view: TextView, start: int, end: int) -> tuple[int, int] | None:
    return start, end


def _cleaned(view: TextView, start: int, end: int) -> tuple[int, int] | None:
    """The cleaned span of a stored cell, None where the cleaning did not keep it whole."""
    first = bisect.bisect_left(view.origin, start)
    last = bisect.bisect_left(view.origin, end - 1) + 1
    if first >= len(view.origin) or view.origin[first] != start or view.origin[last - 1] != end - 1:
        return None
    return (first, last) if last - first == end - start else None


def _bond_place(heads: list[str]) -> int | None:
    """The one bond-size head among ``heads`` (with a 项目名称 head before it), if any."""
    places = [
        i for i, head in enumerate(heads)
        if _BOND_HEAD.search(head) and not _NOT_ISSUED.search(head)
    ]
    if len(places) != 1 or any(_FIGURE.fullmatch(head) for head in heads):
        return None
    if not any(_NAME_HEAD.search(head) for head in heads[: places[0]]):
        return None
    return places[0]


def _unit(text: str, head: str, heads_start: int) -> str | None:
    return cell_unit(head) or declared_unit(text, heads_start, UNIT_REACH)


def _head_name(head: str) -> str:
    return _UNIT_TEXT.sub("", head).strip()


def _piped(view, text, year) -> Iterator[MoneyFound]:
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    at = 0
    while at < len(lines):
        start, line = lines[at]
        at += 1
        if line.count("|") < 3:
            continue
        heads = [cell.strip() for cell in line.rstrip().rstrip("|").split("|")]
        place = _bond_place(heads)
        unit = _unit(text, heads[place], start) if place is not None else None
        if place is None or unit is None:
            continue
        name_at = next(i for i, head in enumerate(heads) if _NAME_HEAD.search(head))
        label = _head_name(heads[place])
        while at < len(lines) and lines[at][1].count("|") >= 3:
            row_start, row = lines[at]
            cells = _cells(text, row_start, row_start + len(row), True)
            if len(cells) < len(heads):
                break
            cell = cells[place]
            if _FIGURE.fullmatch(cell.text):
                name = cells[name_at].text
                yield _read(view, cell.start, cell.end, cell.text, unit, year, f"{name} {label}")
            at += 1


def _one_a_line(view, text, year, spans) -> Iterator[MoneyFound]:
    cells = [(m.start(), m.end(), m.group().strip()) for m in _LINE_CELL.finditer(text)]
    for at, (_, _, words) in enumerate(cells):
        if not _BOND_HEAD.search(words) or "|" in words or len(words) > MAX_HEAD_CHARS:
            continue
        first = at
        while first > 0 and at - first < MAX_HEADS and _head_like(cells[first - 1][2]):
            first -= 1
            if cells[first][2] == _SERIAL_HEAD:
                break
        last = at + 1
        while last < len(cells) and _TRAILING_HEAD.fullmatch(cells[last][2]):
            last += 1
        heads = [c[2] for c in cells[first:last]]
        place = _bond_place(heads)
        unit = _unit(text, words, cells[first][0]) if place is not None else None
        if place is None or unit is None:
            continue
        yield from _line_rows(view, cells, last, heads, place, unit, year, spans)


def _head_like(words: str) -> bool:
    return bool(words) and len(words) <= MAX_HEAD_CHARS and not _FIGURE.search(words) and (
        "单位" not in words or _NAME_HEAD.search(words) is not None
    ) and "|" not in words


def _line_rows(view, cells, at, heads, place, unit, year, spans) -> Iterator[MoneyFound]:
    numbered = heads[0] == _SERIAL_HEAD
    texts = place - numbered  # text cells a row has before its bond cell
    trailing = len(heads) - place - 1
    label = _head_name(heads[place])
    serial = 1
    for _ in range(MAX_ROWS):
        if at + 1 < len(cells) and _TOTAL.fullmatch(cells[at][2].replace(" ", "")) and (
            _FIGURE.fullmatch(cells[at + 1][2])
        ):
            start, end, figure = cells[at + 1]
            if kept := spans(view, start, end):
                yield _read(view, *kept, figure, unit, year, f"{cells[at][2]} {label}")
            return
        if numbered and at < len(cells) and cells[at][2] == str(serial):
            at += 1
        row = cells[at : at + texts + 1]
        if len(row) < texts + 1 or not _FIGURE.fullmatch(row[-1][2]) or any(
            _FIGURE.fullmatch(words) or _TOTAL.fullmatch(words) for _, _, words in row[:-1]
        ):
            return
        start, end, figure = row[-1]
        name = next((w for _, _, w in row[:-1] if len(w) > MAX_GRADE_CHARS), row[0][2])
        if (kept := spans(view, start, end)) is None:
            return
        yield _read(view, *kept, figure, unit, year, f"{name} {label}")
        at += texts + 1
        serial += 1
        for _ in range(trailing):  # scores, grades, a 备注: passed over up to the next row
            if at >= len(cells) or (numbered and cells[at][2] == str(serial)):
                break
            words = cells[at][2]
            if _TOTAL.fullmatch(words.replace(" ", "")) or not (
                _FIGURE.fullmatch(words) or len(words) <= MAX_GRADE_CHARS or numbered
            ):
                break
            at += 1


def _read(view, start, end, figure, unit, year, label) -> MoneyFound:
    return cell_found(
        view, start, end, figure.replace(",", ""), unit, rule=RULE, year=year, kind=KIND,
        label=label,
    )
