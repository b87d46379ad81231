"""Cells of a region in a declared unit that no rule placed: listed unread, never lost.

``loosecells`` lists the decimal cells after ``单位:万元`` and a money column's head it knows.
The twenty-eighth held-out trial showed money cells it could not see (docs/ingest.md,
"Held-out trial 28: cells listed unread"):

* a unit declared as ``(单位金额:万元)`` or ``金额单位:万元`` (355's 项目支出明细情况), or
  ``(万元)`` in a head run together with the heads (349's ``年度预算申请(万元)年初预算数…``);
* a bare cell one a line, alone or after its row's label (355's ``796.49 |`` under the head
  实际支出数, ``欠质保金19.8 |``; 360's ``行政经费177.50`` under a ``2017年预算`` head);
* a label:figure cell (``主体工程款:723.67 管理费:72.82``, ``按收入性质分:2456.18``);
* a run of cells written with no blank between them (349's ``2456.182456.182456.1810100%10``:
  several cuts give the same 执行率, so no cut is guessed): the run is listed unread whole,
  saying its cells are run together.

The region is the text after the declaration up to the next declaration, a sentence's 。, a
form's 目标 or 指标 grid (its scores are no money) or ``REACH`` characters. Only figures written
with a decimal point are taken (a money cell is written to the fen): counts, years, 行次 and
栏次, 序号, codes (M102) and phone numbers are whole numbers, and are never taken; nor is a
figure with % after it, a unit word after it (the prose rules read those), or a label naming a
score, a rate or a code (得分, 分值, 执行率, 比例, 电话, 编码…).

A cell is read, with its kind, only where the table proves it: a table whose one column head
is ``<year>年预算`` right under the declaration, each row a line naming its item (360's 表8):
BUDGET. Elsewhere the reason says what the table shows; where a row's label:figure parts add
up to its 实际支出数 cell within one fen of rounding (723.67 + 72.82 = 796.49; 395.06 + 22.97 =
418.03 against 418.02), the parts' reason says so.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from govkg.ingest.facts import cite
from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.tables.gluedfunds import find_glued_funds
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_declared_cells", "listed_here", "not_placed"]

RULE = "money-table"
_DECLARED = re.compile(
    r"(?:单位金额|金额单位|单位)\s*[：:]\s*(?P<u1>万元|元)(?![\u4e00-\u9fff])"
    r"|[（(](?P<u2>万元|元)[)）]"
)
_END = re.compile(r"。|指标|目标|评分|满分|(?:^|\n)[ \t\u3000|]*[一二三四五六七八九十]+、")
RUNS = True  # glued runs: listed unread whole (a run gluedfunds cuts is not listed again)
REACH = 1200  # characters of a region after its unit's declaration
_FIG = r"(?P<fig>(?:0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d{0,8})\.\d{1,6})"  # 1,986.00 too
_AFTER = r"(?![\d.％%])(?!\s*(?:[万亿]|元|％|%))"
_LABEL_CELL = re.compile(rf"(?P<label>[\u4e00-\u9fff]{{1,20}})[：:][ \t]*{_FIG}{_AFTER}")
_LINE_CELL = re.compile(rf"(?m)^(?P<label>[^\n]*?)(?<![\d.,\-/:：]){_FIG}{_AFTER}[ \t\u3000|]*$")
_RUN = re.compile(r"(?<![\d.])\d+\.\d+(?:\.\d+)+(?:%\d*)?")
_NOT_MONEY = re.compile(
    r"(?:得分|分值|评分|满分|总分|率|比例|比重|占比|电话|编码|代码|邮编|编号|序号|行次|栏次"
    r"|人数|数量|面积|日期|时间|年份|分数|权重|指数)$"
)
_BUDGET_HEAD = re.compile(
    r"[ \t\u3000]*\n?[ \t\u3000]*项目[ \t\u3000]*(?:19|20)\d\d年预算[ \t\u3000]*\n"
)
_ROW_LABEL = re.compile(
    r"[ \t\u3000]*(?:[(（][一二三四五六七八九十]+[)）]|\d+[.、])?[\u4e00-\u9fff“”\"]{2,}"
)
_ITEM_OR_RATE = re.compile(r"^(?:\d{1,2}[、.．]|[(（]\d{1,2}[)）])|\d+(?:\.\d+)?[%％]")
_SPENT_HEAD = re.compile(r"实际支出数")
_FIGURES_ROW = re.compile(
    r"(?m)^[ \t\u3000]*(?:-?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{1,6}[ \t\u3000]*\|+[ \t\u3000]*){2,}$"
)
"""A line of figure cells only, two or more (62,011,988.25 |1,666,424.00 ||: trial 57's 1067, a
收支决算总表 in 元 whose 合计 row the cleaning joined two cells a line, under 26 numbered
columns of three levels of heads): no rule tells their columns, so each is listed unread,
never lost. A cell with a minus before it (-8,484,100.00, a 收支结余) is listed too, with no
amount (an amount is never below zero: 0 stands for none, its reason quoting the cell)."""
REASON = "a cell of a table in {unit} whose column the flattened text does not show: not read"
LABEL_REASON = (
    "a cell {label}: in a table in {unit} whose heads do not say what kind of money it is: not read"
)
ROW_REASON = (
    "a cell of a row of figures in a table in {unit} whose columns the flattened text does "
    "not show: not read"
)
BELOW_ZERO_REASON = (
    "a cell below zero ({cell}) of a row of figures in a table in {unit} whose columns the "
    "flattened text does not show: not read, and no amount is given (0 stands for none)"
)
PART_REASON = (
    "a cell {label}: in a table in {unit}, one of the parts that add up to the row's "
    "实际支出数 {total} (within one fen of rounding): not read"
)
RUN_REASON = (
    "cells of a table in {unit} run together with no blank between them ({run}): more "
    "than one cut into cells is possible, so none is read and no amount is given (0 stands "
    "for none)"
)


def find_declared_cells(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """Each cell of a region in a declared unit (see above): read where proven, else unread."""
    text = simplified(view.text)
    declared = list(_DECLARED.finditer(text))
    done: set[int] = set()
    cut = [(m.cites[0].start, m.cites[0].end) for m in find_glued_funds(view, year)]
    for at, declaration in enumerate(declared):
        unit = declaration["u1"] or declaration["u2"]
        stop = min(len(text), declaration.end() + REACH)
        if at + 1 < len(declared):
            stop = min(stop, declared[at + 1].start())
        end = _END.search(text, declaration.end(), stop)
        stop = stop if end is None else end.start()
        budget = _BUDGET_HEAD.match(text, declaration.end())
        spent = _SPENT_HEAD.search(text, declaration.end(), stop)
        for run in _RUN.finditer(text, declaration.end(), stop) if RUNS else ():
            if run.start() in done or any(run.start() <= e and s < run.end() for s, e in cut):
                continue  # a run ``gluedfunds`` cut where its rate proves the cut: read
            done.update(range(run.start(), run.end()))
            money = re.match(r"[\d.]+", run.group()).group()
            found = cell_found(view, run.start(), run.start() + 1, "0", unit, rule=RULE, year=year)
            quote = cite(view, run.start(), run.start() + len(money))
            yield replace(
                found,
                cites=(quote,),
                figure=money,
                as_written=quote.quote,
                reason=RUN_REASON.format(unit=unit, run=run.group()),
            )
        for cell in _LABEL_CELL.finditer(text, declaration.end(), stop):
            start = cell.start("fig")
            if start in done or _NOT_MONEY.search(cell["label"]):
                continue
            done.add(start)
            reason = LABEL_REASON.format(label=cell["label"], unit=unit)
            total = _total(text, cell.start(), spent) if spent else None
            if total is not None:
                reason = PART_REASON.format(label=cell["label"], unit=unit, total=total)
            yield _unread(view, cell, unit, year, reason)
        for cell in _LINE_CELL.finditer(text, declaration.end(), stop):
            start = cell.start("fig")
            label = cell["label"].rstrip(" \t\u3000|").rsplit("|", 1)[-1].strip()  # its cell
            others = re.search(r"\d", _ITEM_OR_RATE.sub("", label))
            if start in done or _NOT_MONEY.search(label) or others:
                continue  # a row of several figures: its columns are ``loosecells``' to tell
            done.add(start)
            if budget is not None and label and _ROW_LABEL.match(cell["label"]):
                yield cell_found(
                    view,
                    start,
                    cell.end("fig"),
                    cell["fig"],
                    unit,
                    rule=RULE,
                    year=year,
                    kind="BUDGET",
                    label=label,
                )
                continue
            yield _unread(view, cell, unit, year, REASON.format(unit=unit))
        for row in _FIGURES_ROW.finditer(text, declaration.end(), stop):
            for cell in re.finditer(rf"(?P<minus>-)?(?<![\d.,]){_FIG}", row.group()):
                start = row.start() + cell.start()
                if start in done:
                    continue
                done.add(start)
                end = row.start() + cell.end("fig")
                if cell["minus"]:  # -8,484,100.00: no amount below zero is given
                    found = cell_found(view, start, end, "0", unit, rule=RULE, year=year)
                    reason = BELOW_ZERO_REASON.format(unit=unit, cell=cell.group())
                else:
                    found = cell_found(view, start, end, cell["fig"], unit, rule=RULE, year=year)
                    reason = ROW_REASON.format(unit=unit)
                yield replace(found, reason=reason)


_OURS = re.compile(
    "|".join(
        re.escape(r).replace(r"\{unit\}", ".*").replace(r"\{label\}", ".*")
        .replace(r"\{total\}", ".*").replace(r"\{run\}", ".*").replace(r"\{cell\}", ".*")
        for r in (REASON, LABEL_REASON, PART_REASON, RUN_REASON, ROW_REASON, BELOW_ZERO_REASON)
    ),
    re.S,
)


def listed_here(money: MoneyFound) -> bool:
    """Whether ``money`` is a cell this rule listed unread (by its reason)."""
    return money.rule == RULE and money.reason is not None and bool(_OURS.fullmatch(money.reason))


def not_placed(cells: list[MoneyFound], spans: list[tuple[int, int]]) -> list[MoneyFound]:
    """``cells`` without a cell this rule listed unread whose span overlaps one of ``spans``
    (a cell or an amount another rule already read or listed): each figure is listed once."""
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    reach = [0] * len(ordered)  # the furthest end among spans starting at or before each
    for at, (_, e) in enumerate(ordered):
        reach[at] = max(e, reach[at - 1] if at else e)

    def placed(money: MoneyFound) -> bool:
        start, end = money.cites[0].start, money.cites[0].end
        at = bisect.bisect_left(starts, end) - 1  # the spans starting before its end
        return at >= 0 and reach[at] > start

    return [m for m in cells if not (listed_here(m) and placed(m))]


def _total(text: str, at: int, spent: re.Match) -> str | None:
    """The 实际支出数 cell of the row whose label:figure parts start at ``at``, where those
    parts (the cells on that line) add up to it within one fen; else None."""
    at = text.rfind("\n", 0, at) + 1  # the row's line: its parts are its cells
    if at < spent.end():
        return None
    line_end = text.find("\n", at)
    line = text[at : len(text) if line_end < 0 else line_end]
    parts = [Decimal(p.group("fig").replace(",", "")) for p in _LABEL_CELL.finditer(line)]
    before = text[spent.end() : at].rstrip(" \t|\n")
    total = re.search(r"(?<![\d.])(\d{1,9}\.\d{1,6})$", before)
    if len(parts) < 2 or total is None:
        return None
    return total.group(1) if abs(sum(parts) - Decimal(total.group(1))) <= Decimal("0.01") else None


def _unread(view: TextView, cell: re.Match, unit: str, year, reason: str) -> MoneyFound:
    return cell_found(
        view,
        cell.start("fig"),
        cell.end("fig"),
        cell["fig"],
        unit,
        rule=RULE,
        year=year,
        reason=reason,
    )
