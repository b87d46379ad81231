"""A piped “三公”经费 table comparing two years' 预算数 (or 决算数) with their change
(twenty-sixth trial's 334), its empty cells kept as empty cells between borders:

    2024年某某镇“三公”经费预算财政拨款情况统计表 | ||||
    单位:万元 | ||||
    项目 | 2023年预算数 | 2024年预算数 | 比上年增、减情况 | |
    增、减金额 | 增、减幅度 | |||
    合计 | 18.15 | 22.15 | 4 | 22% |
    1.因公出国(境)费 | ||||
    3.公务用车购置及运行费 | 15.15 | 15.15 | ||

The generic table reader takes one head line, so the two-line head (比上年增、减情况 over
增、减金额 | 增、减幅度) left every cell unplaced. Here a row's cells stand by their borders:
the first two under the years' heads, of the heads' kind (预算数 BUDGET, 决算数 SPENDING) and
year; the third a 增减金额, read as a CHANGE only where the two years' cells differ by it; the
fourth a rate, never money. Read only under a 三公 table's title and its unit line, with both
heads of one kind, the first row the 合计 and, in each year's column, the 合计 the sum of the
numbered rows and each 其中 row's parent the sum of its parts (an empty cell is 0); else
nothing is read and ``loosecells`` lists the cells.

The same template's 决算 table (trial 56's 1035, a county's 三公 决算 statement) spaces its
head's words (项 目, 合 计), names the year in its group head and shortens 增减金额 to 增减额,
and writes a decrease with a minus sign:

    昌宁县县本级2015年度“三公”经费决算财政拨款情况统计表
    单位:万元
    项 目 | 2014年决算数 | 2015年决算数 | 2015年决算比上年增、减情况 | |
    增、减额 | 增、减幅度 | |||
    合 计 | 1953.72 | 1957.23 | -3.51 | -0.2% |
    2、公务接待费 | 977.3 | 918.5 | -58.8 | -6.1% |

A change cell's minus sign is its direction: the magnitude is read (the corpus's convention
for a change, as ``threepublicgrid`` and ``comparedrows`` read it), the sign left out of the
quote and the direction said in the label, the one the two years' cells show (1035's 合计
writes -3.51 where 2015's figure is the larger: its magnitude is proven, its sign is not, and
the label says so). A year's cell with a minus sign is no table of this shape.

A county's 三公 budget table (trial 60's 1188, its excerpt opening on the unit line, the title
lost before it) heads its change column by the year and kind alone and gives each row's reason
in a last column of words, no rate:

    单位:万元 | ||||
    项目 | 2022年预算数 | 2023年预算数 | 2023年预算数增减 | 增减原因 |
    合计 | 2378.77 | 2415.44 | 36.67 | |
    2、公务接待费 | 1114.54 | 989.86 | -124.68 | 严格执行中央八项规定…,减少公务接待。 |

Its cells are read as the template's: the change head (2023年预算数增减, 增减额, 增减金额) then
a reason head (增减原因, 原因说明) make the five heads; the reason cells are words, neither
money nor rates. Where no title stands before the unit line, the rows must name two of the
three 三公 items at least (因公出国, 公务用车, 公务接待) for the table to be a 三公 one; the sums
are checked as ever.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView
from govkg.ingest.threepublic.words import ITEM_NAMES, TABLE_TITLE

__all__ = ["find_three_public_years", "year_rate_cells"]

RULE = "three-public-grid"
_TITLE = re.compile(TABLE_TITLE)
_UNIT = re.compile(r"[\s|]*单\s*位\s*[：:]\s*(?P<unit>万元|元)[\s|]*(?=项\s*目)")
"""The unit right after the title, its empty cells after it, up to the heads."""
_HEAD = re.compile(r"(?P<heads>项\s*目[^\n]*?(?:\n[^\n]*?){0,2}?)[\s|]*(?=\n合\s*计\s*\|)")
"""The heads, on one line or a few (the cleaning may join them), up to the 合计 row."""
_YEAR_HEAD = re.compile(r"(?P<year>20\d\d)年(?P<kind>预算|决算)数?")
_GROUP_HEAD = re.compile(r"(?:(?:20\d\d年(?:预算|决算)?)?比上年)?增[、,，]?减(?:变化)?情况")
"""比上年增、减情况, or with the year and kind: 2015年决算比上年增、减情况 (trial 56's 1035)."""
_DELTA = re.compile(r"增[、,，]?减金?额")
_YEAR_DELTA = re.compile(r"(?:20\d\d年(?:预算|决算)数?)?(?:比上年)?增[、,，]?减(?:金?额)?")
"""A change head of its own, no group over it: 2023年预算数增减 (trial 60's 1188), 增减额."""
_REASON_HEAD = re.compile(r"(?:增[、,，]?减(?:变化)?)?原因(?:说明)?")
_UNTITLED = re.compile(r"(?:^|\n)(?=[ \t|]*单\s*位\s*[：:]\s*(?:万元|元)[\s|]*项\s*目)")
"""A unit line opening the text or a line, the heads right after it, no title before."""
_RATE_HEAD = re.compile(r"增[、,，]?减(?:幅度|率)")
_FIGURE = re.compile(r"\d{1,9}(?:\.\d{1,6})?")
_CHANGE = re.compile(r"-?\d{1,9}(?:\.\d{1,6})?")
"""A change cell: its minus sign the direction (-58.8)."""
_RATE = re.compile(r"-?\d{1,4}(?:\.\d{1,4})?%?")
_TOTAL = re.compile(r"^合计$")
_NUMBERED = re.compile(r"^\d+\s*[、.．]|^[一二三四五六七八九十]+\s*[、.．]")
_PART = re.compile(r"^其中|^[（(]\d+[)）]")
_LINE = re.compile(r"[^\n]+?(?=\n|$|\|(?:其中|[（(]\d+[)）]|\d+[、.．][\u4e00-\u9fff]))\|?")
"""A row: a line, or a row the cleaning joined to the one before it (…| ||其中:(1)…)."""
_NOTE = re.compile(r"^\s*(?:注|说明)\s*[:：]")
_JOINED_NOTE = re.compile(r"\|\s*(?:注|说明)\s*[:：]")
"""A 注 or 说明 the cleaning joined to the last row (1188's 说明:1、按照…): the table ends there."""


def find_three_public_years(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """The certain cells of each such table (see above)."""
    for rows, columns, unit, _reasons in _tables(simplified(view.text)):
        yield from _read(view, rows, columns, unit)


def year_rate_cells(text: str) -> set[int]:
    """Where the rate cells of such tables start in ``text`` (simplified): no money, never
    listed."""
    return {
        cells[3][0]
        for rows, _, _, reasons in _tables(text)
        if not reasons
        for _, cells in rows
        if cells[3][2]
    }


def _tables(text: str):
    """(rows, columns, unit, whether the last column gives reasons) of each such table whose
    sums check: under a 三公 table's title, or under no title with rows naming two 三公 items."""
    starts = [(title.end(), True) for title in _TITLE.finditer(text)]
    starts += [(line.end(), False) for line in _UNTITLED.finditer(text)]
    for start, titled in sorted(starts):
        unit = _UNIT.match(text, start)
        head = _HEAD.match(text, unit.end()) if unit else None
        if head is None or (found := _year_columns(head["heads"])) is None:
            continue
        columns, reasons = found
        rows = _rows(text, head.end(), reasons)
        if not titled and len({n for label, _ in rows for n in re.findall(ITEM_NAMES, label)}) < 2:
            continue  # no title: the rows must name the 三公 items
        if rows and _sums_check(rows):
            yield rows, columns, unit["unit"], reasons


def _year_columns(heads: str) -> tuple[list[tuple[str, int]], bool] | None:
    """(kind, year) of the two years' columns, and whether the last column gives reasons,
    where the heads read 项目 | Y1年预算数 | Y2年预算数 | 比上年增、减情况 | 增、减金额 |
    增、减幅度, or 项目 | Y1年预算数 | Y2年预算数 | Y2年预算数增减 | 增减原因."""
    cells = [w for c in heads.split("|") if (w := re.sub(r"\s+", "", c))]
    if len(cells) == 5 and cells[0] == "项目":
        if not (_YEAR_DELTA.fullmatch(cells[3]) and _REASON_HEAD.fullmatch(cells[4])):
            return None
        reasons = True
    elif len(cells) == 6 and cells[0] == "项目" and _GROUP_HEAD.fullmatch(cells[3]):
        if not (_DELTA.fullmatch(cells[4]) and _RATE_HEAD.fullmatch(cells[5])):
            return None
        reasons = False
    else:
        return None
    years = [_YEAR_HEAD.fullmatch(c) for c in cells[1:3]]
    if None in years or years[0]["kind"] != years[1]["kind"]:
        return None
    if int(years[0]["year"]) >= int(years[1]["year"]):
        return None
    kind = "BUDGET" if years[0]["kind"] == "预算" else "SPENDING"
    return [(kind, int(y["year"])) for y in years], reasons


def _rows(
    text: str, start: int, reasons: bool = False
) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """(label, four cells (start, end, word; word "" where empty)) of each row up to the
    first line that is not one; [] where a cell holds what is no figure (the fourth, a
    reason's words where ``reasons``, may hold any)."""
    rows = []
    for line in _LINE.finditer(text, start):
        if "|" not in line.group() or _NOTE.match(line.group()):
            break
        note = _JOINED_NOTE.search(line.group())  # the cleaning joined the 注 to the row
        row = line.group()[: note.start() + 1] if note else line.group()
        parts, at, cells = row.split("|"), line.start(), []
        for part in parts:
            word = part.strip()
            begin = at + (part.index(word) if word else 0)
            cells.append((begin, begin + len(word), word))
            at += len(part) + 1
        label, money = re.sub(r"\s+", "", cells[0][2]), (cells[1:] + [(0, 0, "")] * 4)[:4]
        if any(c[2] for c in cells[5:]) or not label:
            return []
        if not all(not c[2] or _FIGURE.fullmatch(c[2]) for c in money[:2]):
            return []
        if money[2][2] and not _CHANGE.fullmatch(money[2][2]):
            return []
        if money[3][2] and not reasons and not _RATE.fullmatch(money[3][2]):
            return []
        rows.append((label, money))
        if note:
            break
    return rows


def _value(cell) -> Decimal:
    return Decimal(cell[2]) if cell[2] else Decimal(0)


def _sums_check(rows) -> bool:
    """The first row the 合计, the sum of the numbered rows; each 其中 row's parent the sum
    of its parts; in both years' columns."""
    if len(rows) < 3 or not _TOTAL.match(rows[0][0]):
        return False
    for column in (0, 1):
        numbered = [_value(c[column]) for label, c in rows[1:] if _NUMBERED.match(label)]
        if not numbered or sum(numbered) != _value(rows[0][1][column]):
            return False
        parent, parts = None, []
        for label, cells in [*rows[1:], ("1.", [(0, 0, "")] * 4)]:
            if _PART.match(label) and parent is not None:
                parts.append(_value(cells[column]))
                continue
            if parts and sum(parts) != _value(parent[column]):
                return False
            parent, parts = (cells if _NUMBERED.match(label) else None), []
    return True


def _read(view: TextView, rows, columns, unit: str) -> Iterator[MoneyFound]:
    for label, cells in rows:
        for cell, (kind, year) in zip(cells[:2], columns, strict=True):
            if cell[2]:
                head = f"{year}年{'预算' if kind == 'BUDGET' else '决算'}数"
                yield cell_found(
                    view, cell[0], cell[1], cell[2], unit,
                    rule=RULE, year=year, kind=kind, label=f"{label} {head}",
                )
        first, second, change = cells[:3]
        if first[2] and second[2] and change[2]:
            before, now = _value(first), _value(second)
            minus = change[2].startswith("-")
            if abs(now - before) == abs(_value(change)):
                direction = "增加" if now > before else ("减少" if now < before else "持平")
                if minus != (now < before) and now != before:  # the cell's sign is wrong
                    direction += ", the cell's sign saying otherwise"
                yield cell_found(
                    view, change[0] + minus, change[1], change[2].lstrip("-"), unit, rule=RULE,
                    year=columns[1][1], kind="CHANGE", label=f"{label} 增、减金额 ({direction})",
                )
