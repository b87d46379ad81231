"""A numbered table, one cell a line, with a column of contract sums in the unit its head
states: ``序号 / 项目名称 / 采购单位 / 合同总金额(元) / 绩效评价得分 / 1 / …项目 / …中心 /
506000 / 84`` (a finance bureau's evaluation of the procurement projects it checked,
twenty-third trial's 290).

The head 合同金额 (合同总金额, 合同价款) with its unit in brackets states the column's kind
(CONTRACT: the sum agreed) and unit. A row is the 序号 counting up from 1 and then one cell
for each head: its cell under that head is read where it is a figure and every cell under a
head before it that is text in the row is text. A row whose 序号 stands for two (one 序号 for
two 包) prints the cells merged across both (序号, 得分) only once, in the first; the second
part is its unfilled cells from the first text head on, left to right, ending on the
contract sum: read where those are text cells then one figure. Anything else under the heads
(a row cut off, a part that does not fit) ends the reading; a figure of a part that does
not fit, written with decimals or of four digits or more (no 序号 or score), is listed unread
with the reason, never placed."""

from __future__ import annotations

import re
from collections.abc import Iterator

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_contract_columns"]

RULE = "money-table"
_CELL = re.compile(r"[^\n]*\S[^\n]*")
_CONTRACT_HEAD = re.compile(r"合同(?:总)?(?:金额|价款|总价)\s*[（(](?P<unit>万元|元)[)）]")
_FIGURE = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_SERIAL_HEAD = "序号"
MAX_HEADS = 10


def find_contract_columns(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """The contract sums of each numbered table, one cell a line, with a 合同金额 column."""
    text = simplified(view.text)
    cells = [(m.start(), m.end(), m.group().strip()) for m in _CELL.finditer(text)]
    for at, (_, _, words) in enumerate(cells):
        if words != _SERIAL_HEAD:
            continue
        heads = _heads(cells, at)
        if heads is None:
            continue
        column, unit = heads
        count = _head_count(cells, at)
        yield from _rows(view, cells, at + count, count, column, unit, year)


def _head_count(cells, at: int) -> int:
    """The heads from 序号 up to the first row's 序号 1."""
    end = at
    while end < len(cells) and cells[end][2] != "1" and end - at <= MAX_HEADS:
        end += 1
    return end - at


def _heads(cells, at: int) -> tuple[int, str] | None:
    """The contract column's place and unit, if the heads after 序号 hold one."""
    count = _head_count(cells, at)
    if not 3 <= count <= MAX_HEADS or at + count >= len(cells):
        return None
    heads = [words for _, _, words in cells[at : at + count]]
    if any(_FIGURE.fullmatch(head) for head in heads):
        return None
    for place, head in enumerate(heads):
        found = _CONTRACT_HEAD.search(head)
        if found:
            return place, found["unit"]
    return None


def _rows(view, cells, at, count, column, unit, year) -> Iterator[MoneyFound]:
    serial = 1
    while at + count <= len(cells) and cells[at][2] == str(serial):
        row = cells[at : at + count]
        if not _fits(row, column):
            return
        yield _contract(view, row[column], row[1][2], unit, year)
        at += count
        part_end = at
        while part_end < len(cells) and cells[part_end][2] != str(serial + 1):
            part_end += 1
        part = cells[at:part_end]
        if part and part_end - at <= count:
            texts = [words for _, _, words in row[1:column]]
            fills = len(part) == column and all(
                not _FIGURE.fullmatch(words) for _, _, words in part[:-1]
            ) and _FIGURE.fullmatch(part[-1][2]) and all(
                not _FIGURE.fullmatch(words) for words in texts
            )
            if fills:
                yield _contract(view, part[-1], part[0][2], unit, year)
            else:
                yield from _unplaced(view, part, unit, year)
                return
            at = part_end
        serial += 1


def _fits(row, column: int) -> bool:
    """A figure under the contract head and text under each head before it but 序号."""
    if not _FIGURE.fullmatch(row[column][2]):
        return False
    return all(not _FIGURE.fullmatch(words) for _, _, words in row[1:column])


def _contract(view, cell, name, unit, year) -> MoneyFound:
    start, end, figure = cell
    return cell_found(
        view, start, end, figure.replace(",", ""), unit,
        rule=RULE, year=year, kind="CONTRACT", label=f"{name} 合同金额",
    )


def _unplaced(view, part, unit, year) -> Iterator[MoneyFound]:
    reason = (
        f"a figure of a numbered table with a 合同金额 column in {unit}, in a row part whose "
        "cells do not fit its heads: its column is not shown"
    )
    for start, end, figure in part:
        if _FIGURE.fullmatch(figure) and ("." in figure or len(figure) > 3):
            yield cell_found(
                view, start, end, figure.replace(",", ""), unit, rule=RULE, year=year,
                reason=reason,
            )
