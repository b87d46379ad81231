"""Funds blocks one row a line, read where their sums prove them (thirty-second held-out
trial): a central transfer's 绩效自评表 flattens its 预算资金安排 cell into blocks,

    计划生育转移支付资金合计(万元) 年度预算资金总额): 1084.25
    其中:中央补助 668.00
    市级资金 343.00
    其中:
    农村部分…补助资金(万元)
    年度预算资金总额: 763.00
    其中:中央补助 502.00 …

each a head stating its unit, a total (a label with 总额, 合计 or 总计 that names its kind:
预算 BUDGET, 到位 REVENUE, 执行 or 支出 SPENDING, then a colon and the figure), and its parts
one a line (label, figure). Which block holds which is not shown (every block ends with an
empty 其中:), so nothing is placed by its position alone. A figure is read, in its block's
kind, only where a stated sum holds that it takes part in:

- a block's parts add up to its total;
- the totals of the blocks after the first add up to the first's total (they are its
  parts), and then a part of the first equals the sum of the same-named parts after it
  (中央补助 668.00 = 502.00 + 166.00).

Every other figure of the blocks is listed unread, saying its sums do not hold (a source's
slip: 166.00 + 136.00 + 20.25 = 322.25 against a stated 321.25); a figure is never guessed.
Sums hold to the fen. Only figures written with a decimal point are taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.tables.tableunits import DECLARED
from govkg.ingest.text.numbers import number_value
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_summed_blocks"]

RULE = "money-table"
_FIG = r"(?P<fig>(?:0|[1-9]\d{0,8})\.\d{1,6})"
_TOTAL = re.compile(
    rf"(?P<label>[\u4e00-\u9fff]{{0,12}}(?:总额|合计|总计))[)）]?[ \t\u3000]*[：:]"
    rf"[ \t\u3000]*{_FIG}(?![\d.%％])"
)
_PART = re.compile(rf"^[ \t\u3000]*(?P<label>[^\s\d][^\n]*?)[ \t\u3000]+{_FIG}[ \t\u3000]*$")
_KIND = (("预算", "BUDGET"), ("到位", "REVENUE"), ("执行", "SPENDING"), ("支出", "SPENDING"))
_NOT_MONEY = re.compile(r"得分|分值|评分|满分|率|比例|占比|权重|人数|数量|面积")
_OPENS = re.compile(r"[ \t\u3000]*其中[：:]?[ \t\u3000]*")  # an empty 其中: between blocks
_OF = re.compile(r"^其中[：:]")
HEAD_WIDTH = 40  # characters of a line between blocks: a head, never a paragraph
HEAD_LINES = 2  # lines of a block's head above its total (its name and unit)
UNREAD = (
    "a cell {label} of a block of funds in {unit} whose stated sums do not hold "
    "(its parts add to {parts}, not its total {total}): not read"
)


@dataclass
class _Cell:
    label: str
    figure: str
    start: int
    end: int

    @property
    def value(self) -> Decimal:
        return number_value(self.figure)


@dataclass
class _Block:
    unit: str
    kind: str
    total: _Cell
    parts: list[_Cell] = field(default_factory=list)

    def part(self, label: str) -> _Cell | None:
        return next((p for p in self.parts if _OF.sub("", p.label) == label), None)


def find_summed_blocks(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """Each run of blocks described above: its figures read where a sum proves them."""
    text = simplified(view.text)
    lines = _lines(text)
    at = 0
    while at < len(lines):
        run, at = _run(lines, at)
        if run:
            yield from _read(view, run, year)


def _lines(text: str) -> list[tuple[int, str]]:
    lines, start = [], 0
    for line in text.split("\n"):
        lines.append((start, line))
        start += len(line) + 1
    return lines


def _run(lines, at: int) -> tuple[list[_Block], int]:
    """The blocks from ``lines[at]`` on, one after another (an empty 其中: or a head of
    its own between them), and the line after them."""
    run: list[_Block] = []
    while at < len(lines):
        block, after = _block(lines, at)
        if block is None:
            if run and _between(lines, at):
                at += 1
                continue
            return run, at + 1
        run.append(block)
        at = after
    return run, at


def _between(lines, at: int) -> bool:
    """A line that may stand between two blocks: an empty 其中:, a block's head (a name
    with its unit and no figure), or a label with no figure (an empty block's row)."""
    line = lines[at][1]
    if _OPENS.fullmatch(line):
        return True
    return len(line.strip()) <= HEAD_WIDTH and not re.search(r"\d|[。；;]", line)


def _block(lines, at: int) -> tuple[_Block | None, int]:
    start, line = lines[at]
    total = _TOTAL.search(line)
    if total is None:
        return None, at + 1
    kind = next((k for word, k in _KIND if word in total["label"]), None)
    head = "\n".join(text for _, text in lines[max(0, at - HEAD_LINES) : at])
    head = head + "\n" + line[: total.start()]
    units = list(DECLARED.finditer(head))
    if kind is None or not units:
        return None, at + 1
    unit = units[-1]["unit"] or units[-1]["unit2"]
    block = _Block(unit, kind, _cell(start, total))
    rest = line[total.end() :]
    if rest.strip():  # the cleaned text joins a wrapped line: 1084.25其中:中央补助 668.00
        first = _PART.match(rest)
        if first is None or not _OF.match(first["label"]):
            return None, at + 1
        block.parts.append(_cell(start + total.end(), first))
    at += 1
    while at < len(lines):
        start, line = lines[at]
        part = _PART.match(line)
        if part is None or _TOTAL.search(line) or _NOT_MONEY.search(part["label"]):
            break
        block.parts.append(_cell(start, part))
        at += 1
    return (block if block.parts else None), at


def _cell(start: int, found: re.Match) -> _Cell:
    return _Cell(
        found["label"].strip(), found["fig"], start + found.start("fig"), start + found.end("fig")
    )


def _read(view: TextView, run: list[_Block], year) -> Iterator[MoneyFound]:
    proven: set[int] = set()
    for block in run:
        cells = [block.total, *block.parts]
        if block.total.value == sum(p.value for p in block.parts):
            proven |= {id(cell) for cell in cells}
    first, rest = run[0], run[1:]
    if rest and first.total.value == sum(b.total.value for b in rest):
        proven |= {id(first.total)} | {id(b.total) for b in rest}
        for part in first.parts:
            label = _OF.sub("", part.label)
            same = [b.part(label) for b in rest]
            if all(same) and part.value == sum(cell.value for cell in same):
                proven |= {id(part)} | {id(cell) for cell in same}
    for block in run:
        parts = sum(p.value for p in block.parts)
        for cell in (block.total, *block.parts):
            label = cell.label if cell is block.total else f"{block.total.label} {cell.label}"
            read = id(cell) in proven
            yield cell_found(
                view,
                cell.start,
                cell.end,
                cell.figure,
                block.unit,
                rule=RULE,
                year=year,
                kind=block.kind if read else None,
                label=label if read else None,
                reason=None
                if read
                else UNREAD.format(
                    label=cell.label, unit=block.unit, parts=parts, total=block.total.figure
                ),
            )
