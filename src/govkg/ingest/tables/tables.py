"""Rule ``money-table``: amounts in a table whose unit is written once, in its header.
Project self-assessment forms (自评表) state their money in a grid: a header such as
``年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分`` or
``项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分``, then rows of bare
figures (``总额 | 238.93 | 251.89 | 251.89 | 100.00% | 10``). A cell's amount is its figure
in the header's unit; its kind is its column's (预算 BUDGET, 执行 SPENDING, 到位 REVENUE);
columns that are not money (执行率, 分值, 得分, 权重) are not read.

A page gives the grid with cells between ``|`` (an empty cell kept: a figure's column is
its position), between blanks or one a line (empty cells lost: a row short of a money
column's figure is listed unread), or in a PDF's text order (unit or row labels after the
figures: each figure listed unread, never guessed). No unit anywhere: nothing is read.

A table's cells, figures, row labels and columns are cut in ``tablecells``; the stated
执行率 that confirm a displaced grid's figures are checked in ``executionrate``; an indicator
table's money (its unit in a cell of its own) is ``indicatormoney``'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.accountstables import find_accounts_tables
from govkg.ingest.tables.assetsheet import accounts_and_asset_rows as accounts_rows
from govkg.ingest.tables.balancedrows import find_balanced_rows
from govkg.ingest.tables.barlinecompared import find_bar_line_compared
from govkg.ingest.tables.bondcolumn import find_bond_columns
from govkg.ingest.tables.budgetsheetline import find_budget_sheet_lines
from govkg.ingest.tables.comparedrows import find_compared_rows
from govkg.ingest.tables.contractcolumn import find_contract_columns
from govkg.ingest.tables.declaredcells import find_declared_cells, not_placed
from govkg.ingest.tables.evaluatedcolumn import find_evaluated_columns
from govkg.ingest.tables.executionrate import confirmed as _confirmed
from govkg.ingest.tables.executionrate import executed_apart as _executed_apart
from govkg.ingest.tables.executionrate import stated_rates as _stated_rates
from govkg.ingest.tables.formulacolumns import find_formula_columns
from govkg.ingest.tables.groupheads import group_heads
from govkg.ingest.tables.labelledgroups import find_labelled_groups
from govkg.ingest.tables.linecells import find_line_cells
from govkg.ingest.tables.loosecells import find_loose_cells
from govkg.ingest.tables.lostcellrow import placed_by_rate, short_row
from govkg.ingest.tables.numberedform import find_numbered_form
from govkg.ingest.tables.partblocks import without_parts
from govkg.ingest.tables.partunits import find_part_units
from govkg.ingest.tables.prosetable import find_prose_tables
from govkg.ingest.tables.ratedrows import find_rated_rows
from govkg.ingest.tables.rowrate import rate_proven
from govkg.ingest.tables.runonyeargrid import find_run_on_year_grids
from govkg.ingest.tables.samecolumnsides import find_same_column_sides
from govkg.ingest.tables.scrambledform import find_scrambled_cells
from govkg.ingest.tables.selfeval_form import find_form_money
from govkg.ingest.tables.sidesbudgetrows import find_sides_budget_rows
from govkg.ingest.tables.sourcegrid import find_source_grids
from govkg.ingest.tables.spacedfields import find_spaced_fields
from govkg.ingest.tables.stackedrows import find_stacked_rows
from govkg.ingest.tables.subtotallines import find_subtotal_lines
from govkg.ingest.tables.summedblocks import find_summed_blocks
from govkg.ingest.tables.summeditems import find_summed_items
from govkg.ingest.tables.sumplacedrows import find_sum_placed_rows
from govkg.ingest.tables.tablecells import FIGURE as _FIGURE
from govkg.ingest.tables.tablecells import MAX_CELLS
from govkg.ingest.tables.tablecells import Cell as _Cell
from govkg.ingest.tables.tablecells import cells as _cells
from govkg.ingest.tables.tablecells import column as _column
from govkg.ingest.tables.tablecells import found as _found
from govkg.ingest.tables.tablecells import is_label as _is_label
from govkg.ingest.tables.tablecells import name as _name
from govkg.ingest.tables.tablesides import SIDE_REASON, row_sides, two_sided
from govkg.ingest.tables.tableunits import cell_unit as _unit
from govkg.ingest.tables.tableunits import unit_above as _unit_above
from govkg.ingest.tables.threepubliccounted import find_three_public_counted
from govkg.ingest.tables.threepublicgrid import find_three_public_grids
from govkg.ingest.tables.threepublicgroupedlines import find_three_public_grouped_lines
from govkg.ingest.tables.threepublicgroupheads import find_three_public_group_heads
from govkg.ingest.tables.threepubliclines import find_three_public_lines
from govkg.ingest.tables.threepublicrows import find_counted_grids
from govkg.ingest.tables.threepublicspent import find_three_public_spent
from govkg.ingest.tables.threepublicyears import find_three_public_years
from govkg.ingest.tables.unitlesscells import find_unitless_cells
from govkg.ingest.tables.yeargrid import find_year_grids
from govkg.ingest.text.numbers import YUAN_PER, number_value
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_table_money"]

_STOP = re.compile(r"绩效指标|一级指标|年度总体目标|年度目标|预期目标|总体目标|评价结论|项目名称")
MAX_ROWS = 12  # rows read under one header
MAX_LINE_ROWS = 24  # rows read where each row is a line of its own (label | a | b |)


def find_table_money(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """Every money table's amounts, in text order, each cell once: ``selfeval_form``'s grid
    first, then ``accountstables``, ``accountsrows``, a 三公 grid (``threepublicgrid``), rows
    a rate proves (``ratedrows``), a data sheet's grid headed by year (``yeargrid``), a form
    whose heads state their formulas (``formulacolumns``), then ``loosecells``."""
    text = simplified(view.text)
    found = list(find_form_money(view, year))  # the national form first: it knows its rows
    found += find_source_grids(view, year)  # a unit's revenue by source (sourcegrid)
    found += find_labelled_groups(view, year)  # groups that label each cell (labelledgroups)
    found += find_summed_blocks(view, year)  # funds blocks their sums prove (summedblocks)
    found += find_part_units(view, year)  # bare totals in their parts' unit (partunits)
    found += find_spaced_fields(view, year)  # fields a blank apart, label then cell (spacedfields)
    seen: set[int] = {money.cites[0].end for money in found}
    for piped in (True, False):
        for money in _tables(view, text, _cells(text, 0, len(text), piped), piped, year):
            if money.cites[0].end not in seen:
                seen.add(money.cites[0].end)
                found.append(money)
    finders = (
        find_accounts_tables,
        accounts_rows,
        find_budget_sheet_lines,  # a budget's 收支总表 on one line, placed by its sums
        find_sides_budget_rows,  # a two-sided 收支预算表, a row a stored line (sidesbudgetrows)
        find_three_public_grids,
        find_three_public_lines,  # one column, a row a line: label then figure
        find_three_public_grouped_lines,  # a column over its parts, a row a line
        find_three_public_spent,  # items under a <year>年度支出(万元) head, their sums proven
        find_three_public_years,  # two years' 三公 预算数 and their change (threepublicyears)
        find_three_public_group_heads,  # two years' groups over the same items, one cell a line
        find_counted_grids,  # a 三公 table counted by its 行次 row (threepublicrows)
        find_three_public_counted,  # two years, a 行次 column, rows their change proves
        find_rated_rows,
        find_balanced_rows,  # a results table's rows their 结余 proves (balancedrows)
        find_sum_placed_rows,  # rows with dropped cells its 合计 places (sumplacedrows)
        find_year_grids,  # a data sheet's grid headed by year, one cell a line (yeargrid)
        find_run_on_year_grids,  # that grid with its heads on one line, rows run on
        find_numbered_form,  # the health sector's 收支决算总表 by its 栏次 (numberedform)
        find_compared_rows,  # two years and their change, rows the change proves (comparedrows)
        find_bar_line_compared,  # the same one cell a line, each closed by its bar
        find_formula_columns,  # a form whose heads state their formulas (formulacolumns)
        find_contract_columns,  # a numbered table with a 合同金额 column (contractcolumn)
        find_bond_columns,  # projects' bonds, one column of their issued size (bondcolumn)
        find_evaluated_columns,  # evaluation results: each one's 资金量 (万元), OTHER
        find_subtotal_lines,  # one cell a line under 小计, rows their sums prove (subtotallines)
        find_line_cells,  # a table one cell a line, its full rows (linecells)
        find_summed_items,  # items one a line under one money head, summed (summeditems)
        find_unitless_cells,  # a money head's cells in a table stating no unit: unread
        find_prose_tables,  # heads run together in prose, a row's cell between words
        find_same_column_sides,  # two sides under one money head, empty cells lost
        find_stacked_rows,  # funds rows in one run after the heads, their labels before them
    )
    for finder in (*finders, find_loose_cells, find_scrambled_cells):  # out of order: last
        found += [m for m in finder(view, year) if m.cites[0].end not in seen]
        seen |= {money.cites[0].end for money in found}
    spans = [(m.cites[0].end - len(m.as_written), m.cites[0].end) for m in found]
    found += not_placed(list(find_declared_cells(view, year)), spans)  # overlapping: dropped
    yield from sorted(found, key=lambda money: money.cites[0].end)


def _tables(view: TextView, text: str, cells: list[_Cell], piped: bool, year: int | None):
    """Every table of ``cells`` with a header of two money columns or more."""
    at = 0
    while at < len(cells):
        first, last, columns = _header(cells, at)
        if sum(1 for c in columns if c) < 2 or (not piped and _spread(text, cells, first, last)):
            at = max(last, at + 1)  # a run of headers is looked at once: linear on any text
            continue
        unit = next((u for c in cells[max(0, first - 3) : last] if (u := _unit(c.text))), None)
        unit = unit or (_unit_above(text, cells[first].start) if piped else None)
        body_end = _body_end(cells, last)
        bordered = piped and "|" in text[cells[first].start : cells[body_end - 1].end]
        yield from _read(view, cells, first, last, body_end, columns, unit, bordered, year)
        at = max(body_end, at + 1)


def _spread(text: str, cells: list[_Cell], first: int, last: int) -> bool:
    """Whether a header found between blanks runs over lines or ``|``: a grid of another
    kind, read cell by cell (its empty cells kept)."""
    return any(
        "|" in text[a.end : b.start] or "\n" in text[a.end : b.start]
        for a, b in zip(cells[first : last - 1], cells[first + 1 : last], strict=True)
    )


def _header(cells: list[_Cell], at: int) -> tuple[int, int, list[str]]:
    """The run of column headers from ``at`` (empty if ``cells[at]`` is none): its first
    and end cells and each column's kind of money (``""``: not money)."""
    columns: list[str] = []
    end = at
    while end < len(cells):
        kind = _column(cells[end].text)
        if kind is None:
            break
        columns.append(kind)
        end += 1
    return at, end, columns


def _body_end(cells: list[_Cell], last: int) -> int:
    """Where a table's body ends: a stop word, the next header, or MAX_CELLS cells with
    words or figures (a bordered row's run of empty cells ``|||||||`` counts for none)."""
    filled = 0
    for index in range(last, len(cells)):
        if _STOP.search(cells[index].text) or _column(cells[index].text):
            return index
        filled += bool(cells[index].text)
        if filled > MAX_CELLS:
            return index
    return len(cells)


def _read(view, cells, first, last, body_end, columns, unit, piped, year):
    headers = [cells[i].text for i in range(first, last)]
    body = last
    grouped = group_heads(view.text, cells, last, headers, columns)
    if grouped is not None:  # 预算数 | 决算数 over 合计 | 一般公共预算 | … (groupheads)
        headers, columns, body = grouped
    if unit is None:
        declared = next((u for c in cells[last:body_end] if (u := _unit(c.text))), None)
        if declared is None:
            return  # no unit anywhere: its figures are not amounts a reader may state
        yield from _displaced(view, cells, last, body_end, columns, declared, year, headers)
        return
    if body < body_end and _FIGURE.fullmatch(cells[body].text):
        yield from _displaced(view, cells, body, body_end, columns, unit, year, headers)
        return
    money_columns = max(i for i, c in enumerate(columns) if c) + 1
    rows = 0
    index = body
    read: list[tuple[_Cell, list[tuple[int, _Cell]]]] = []  # each row read: label, cells
    while index < body_end and rows < MAX_LINE_ROWS:
        label = cells[index]
        values = []
        index += 1
        while index < body_end and not _is_label(cells[index].text):
            values.append(cells[index])
            index += 1
        if not _is_label(label.text):
            continue
        rows += 1
        if rows > MAX_ROWS and not _one_line(view.text, label, values):
            continue  # past the twelfth row only a row on a line of its own: its cells sure
        if not piped and short_row(values, headers, columns):  # an empty cell lost (lostcellrow)
            yield from _short(view, label, values, headers, columns, unit, year)
            continue
        figures = [v for v in values[:money_columns] if _FIGURE.fullmatch(v.text)]
        if not figures:
            continue
        if not piped and len(figures) < money_columns:
            yield from _unread(view, figures, unit, year, headers, label)
            continue
        row = [
            (position, cell)
            for position, cell in enumerate(values[:money_columns])
            if columns[position] and _FIGURE.fullmatch(cell.text)
        ]
        read.append((label, row))
    doubtful = _total_off(read, money_columns)
    # 收入 | 执行数 | 决算数 | 支出 | 执行数 | 决算数: a figure is of its row's side (tablesides)
    window = [c.text for c in cells[max(0, 2 * first - last - 2) : last]]
    sided = two_sided(window, len(window) - (last - first), len(window), _column)
    sides = row_sides([_name(label.text) for label, _ in read]) if sided else []
    for at, (label, row) in enumerate(read):
        for position, cell in row:
            name = f"{_name(label.text)} {_name(headers[position])}"
            if id(cell) in doubtful:
                yield _found(view, label, cell, unit, None, name, year, _TOTAL_OFF)
                continue
            kind = columns[position]
            if sided and kind == "SPENDING":
                if sides[at] is None:
                    yield _found(view, label, cell, unit, None, name, year, SIDE_REASON)
                    continue
                kind = sides[at]
                if kind in _SIDE_WORD and _SIDE_WORD[kind] not in name:
                    name = f"{_SIDE_WORD[kind]} {name}"  # 总计 of the 收入 side: 收入 总计 执行数
            yield _found(view, label, cell, unit, kind, name, year)


def _one_line(text: str, label: _Cell, values: list[_Cell]) -> bool:
    """Whether a row's label and its cells stand on one line, the row alone on it."""
    filled = [v for v in values if v.text]  # a blank line after it is no cell of the row
    end = filled[-1].end if filled else label.end
    return "\n" not in text[label.start : end]


def _short(view, label, values, headers, columns, unit, year):
    """A row one cell a line that lost an empty cell: read where its rate places it."""
    placed = placed_by_rate(values, headers, columns)
    if placed is None:
        figures = [v for v in values if _FIGURE.fullmatch(v.text)]
        yield from _unread(view, figures, unit, year, headers, label)
        return
    for cell, kind, column in placed:
        yield _found(view, label, cell, unit, kind, f"{_name(label.text)} {column}", year)


_SIDE_WORD = {"REVENUE": "收入", "SPENDING": "支出"}
_TOTAL_ROW = re.compile(r"合计|总计")
_TOTAL_OFF = (
    "a 合计 cell its rows do not add up to, where another column's rows add up to its 合计: "
    "the flattened text may have moved a cell, so its column is doubtful"
)


def _total_off(read: list, columns: int) -> set[int]:
    """The 合计 cells of a table (市财政灾备中心建设 203 197.33 合计 210 210 监理服务 7 5.638)
    that the other rows' figures of their column do not add up to, where in another column
    they do (203 + 7 = 210: no row is missing): each a cell whose column the text order
    leaves in doubt (corpus round 16). A table no column of which adds up (a 其中 row
    counted twice, rows cut off) is left as its rows read, and so is one whose only column
    adding up is all 0.00 (a 政府性基金 column nothing was spent from: trial 42)."""
    totals = [(label, row) for label, row in read if _TOTAL_ROW.fullmatch(_name(label.text))]
    if len(totals) != 1 or len(read) < 3:
        return set()
    _, total = totals[0]
    parts = [row for label, row in read if row is not total]
    labels = [_name(label.text) for label, row in read if row is not total]
    kept = without_parts(labels, parts)  # a 其中 block its parent proves: not counted twice
    if len(kept) < len(parts):  # only ever a doubt less: a block left out doubts no cell more
        return _total_off_of(total, parts) & _total_off_of(total, kept)
    return _total_off_of(total, parts)


def _total_off_of(total: list, parts: list) -> set[int]:
    """The cells of ``total`` that ``parts`` do not add up to, where in another column they
    do (``_total_off``)."""
    adds_up, off = False, set()
    for position, cell in total:
        figures = [c for row in parts for p, c in row if p == position]
        summed = sum((number_value(c.text) for c in figures), Decimal(0))
        if len(figures) == len(parts) and summed == number_value(cell.text):
            adds_up = adds_up or summed != 0  # a column of noughts proves no row's place
        else:
            off.add(id(cell))
    return off if adds_up else set()


def _displaced(view, cells, last, body_end, columns, unit, year, headers):
    """A grid in a PDF's text order, its row labels displaced: figures in runs, no row
    named. Figures in a run are read as the money columns in order only where the form's
    stated 执行率 (86.19%) confirms it: the executed figure over the budget before it is
    that rate, in the run or alone elsewhere in the form (``_executed_apart``). A run after
    its row's label with a figure for every column, its own 执行率 cell proving it, is read
    (``rowrate``). Every other figure is listed unread."""
    money = max(i for i, c in enumerate(columns) if c) + 1
    kinds = columns[:money]
    rates = _stated_rates(cells, last)
    checked = kinds[-1] == "SPENDING" and "" not in kinds and len(kinds) >= 2 and rates
    runs: list[list[_Cell]] = [[]]
    before: dict[int, _Cell] = {}  # the cell right before each run: its row's label, if any
    previous = None
    for cell in cells[last:body_end]:
        if _FIGURE.fullmatch(cell.text):
            if not runs[-1] and previous is not None:
                before[id(runs[-1])] = previous
            runs[-1].append(cell)
        elif runs[-1]:
            runs.append([])
        previous = cell
    apart = _executed_apart(runs, kinds, rates) if checked else {}
    moved = {id(cell) for cell in apart.values()}
    for run in runs:
        label = before.get(id(run))
        if label is not None and _is_label(label.text) and rate_proven(run, headers, columns):
            for cell, kind, header in zip(run[:money], kinds, headers, strict=False):
                if kind:  # its own 执行率 cell proves the row (rowrate)
                    name = f"{_name(label.text)} {_name(header)}"
                    yield _found(view, label, cell, unit, kind, name, year)
            continue
        at = 0
        while at < len(run):
            window = run[at : at + money]
            if checked and len(window) == money and _confirmed(window[-2], window[-1], rates):
                at += money
            elif at == 0 and id(run) in apart:
                window = [*run[: money - 1], apart[id(run)]]
                at += money - 1
            elif id(run[at]) in moved:
                at += 1
                continue
            else:
                yield from _unread(view, run[at : at + 1], unit, year, headers)
                at += 1
                continue
            for cell, kind, header in zip(window, kinds, headers, strict=False):
                where = "印在行外" if id(cell) in moved else "行名错位"
                name = f"{_name(header)}（{where}，由执行率核实）"
                yield _found(view, window[0], cell, unit, kind, name, year)


def _unread(view, cells, unit, year, headers, label=None):
    """Figures of a money table whose column the text does not show."""
    reason = (
        f"a figure of a table in {unit} whose row or column the text order does not show "
        f"(columns: {' '.join(_name(h) for h in headers)}); it may not be an amount"
    )
    for cell in cells:
        if _FIGURE.fullmatch(cell.text) and unit in YUAN_PER:
            yield _found(
                view, label, cell, unit, None, _name(label.text) if label else None, year, reason
            )
