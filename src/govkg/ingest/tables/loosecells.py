"""Table cells in a declared unit that no table rule could place: listed unread, never lost.

A table flattened past reading (found in the fourth held-out trial) still states money: a
部门决算 PDF's 收入支出决算总表 run onto one line with its 行次 between the cells
(单位:万元 … 一、一般公共预算财政拨款收入 1 83.22 一、一般公共服务支出 27 87.21 …), or a
funds form with three figures under four column heads (资金投入情况 (万元) … 全年预算数 (A)
统筹整合资金数 (B) … 年度资金总额(万元): 1 52.800000 52.800000 52.800000 100.00% …). No
figure's column can be told, so none is read; but each is money in the declared unit, and
every amount must be accounted for.

So, after a unit declared for a table (单位:万元, or (万元) opening its line: alone, or
before the column heads it is the unit of, ``(万元) 年初部门预算安排金额① 年中调整金额② …``,
a Fujian 部门整体支出绩效自评表: twenty-second trial's 277) and a money column's head that
names its kind (决算数, 预算数, 执行数, 到位资金, 执行资金, 安排金额, 拨付金额; a bare 金额
under a title that says neither 决算 nor 预算 is not enough: ``accountstables``; under a
table's title that says one, 《收入支出決算總表》 then 单位:万元 then a piped 项目 | 行次 |
金額 |, it is: fifth held-out trial; a table one cell per line is ``accountstables``'s),
with no sentence (。) after the declaration (the unit may be another table's), each figure
written with a decimal point (83.22, 52.800000, 0.00) that is a cell of its own (no unit
word, no %, no more digits after it) is listed unread, with the reason. Whole numbers (行次
1, 27; 列次 0–7; 核定编制 4 名) are never taken: a money table writes its cells to the fen.
Cells a table rule has read are kept as that rule read them (``tables`` asks this rule
last); the rate cells of a form whose heads state their formulas (``formulacolumns``) are no
money and never listed, nor are the 增减幅度 cells of a 三公 table comparing two years
(``threepublicyears``). A table the text ends inside (总计 | 27 | 36816, cut mid-number:
fifth held-out trial) has its last cell after a 行次 listed unread too, saying its digits
after the cut are lost. The whole-number cells of a piped “三公”经费 table are listed unread
as well (``threepubliccells``, sixth held-out trial); a spreadsheet's cells with thousands
commas (9,947,522.55) are cells too (``sheetcells``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.tables.formulacolumns import formula_rate_cells
from govkg.ingest.tables.sheetcells import AMOUNT_COLUMN, CELL, table_end
from govkg.ingest.tables.threepubliccells import three_public_cells
from govkg.ingest.tables.threepublicyears import year_rate_cells
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_loose_cells"]

RULE = "money-table"
_DECLARED = re.compile(
    r"单位\s*[：:]\s*(?P<u1>万元|元)"
    r"|(?:^|\n)[ \t\u3000]*[（(](?P<u2>万元|元)[)）][ \t\u3000]*(?=\n|\S)"
)
_COLUMN = re.compile(r"决算数|预算数|执行数|到位资金|执行资金|预算金额|安排金额|拨付金额")
_TABLE_TITLE = re.compile(r"(?:收入|支出|收支)[^\n。]{0,10}(?:决算|预算)[^\n。]{0,6}表")
TITLE_REACH = 120  # characters before the unit's declaration in which the title stands
_CUT_CELL = re.compile(r"\|\s*\d{1,3}\s*\|\s*(?P<fig>\d{1,9}(?:\.\d*)?)\s*$")
CUT_REASON = (
    "the text ends inside this cell of a table in {unit}: its digits after the cut are "
    "lost, not read"
)
REACH = 1500  # characters of a table after its unit's declaration
REASON = (
    "a cell of a table in {unit} whose row and column the flattened text does not show "
    "(its column heads and figures do not line up): not read"
)


def find_loose_cells(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """Each decimal cell of a table in a declared unit (see above), unread."""
    text = simplified(view.text)
    declared = list(_DECLARED.finditer(text))
    listed: set[int] = set()
    rates = formula_rate_cells(text)
    for at, declaration in enumerate(declared):
        unit = declaration["u1"] or declaration["u2"]
        stop = min(len(text), declaration.end() + REACH)
        if at + 1 < len(declared):
            stop = min(stop, declared[at + 1].start())
        limit = stop
        sentence = text.find("。", declaration.end(), stop)
        stop = stop if sentence < 0 else sentence  # a sentence: the unit may be another's
        column = _COLUMN.search(text, declaration.end(), stop)
        if column is None and _TABLE_TITLE.search(
            text, max(0, declaration.start() - TITLE_REACH), declaration.start()
        ):
            column = AMOUNT_COLUMN.search(text, declaration.end(), stop)
        if column is None:
            continue
        stop = table_end(text, column.end(), limit)  # a 注: note inside the table ends nothing
        for cell in CELL.finditer(text, column.end(), stop):
            if cell.start() in rates:
                continue  # a rate of a form whose heads state its formula: no money
            listed.add(cell.start())
            yield _unread(view, cell.start(), cell.end(), cell.group(), unit, year, REASON)
        cut = _CUT_CELL.search(text, column.end()) if stop >= len(text) else None
        if cut is not None and not CELL.fullmatch(cut["fig"]):
            yield _unread(
                view, cut.start("fig"), cut.end("fig"), cut["fig"], unit, year, CUT_REASON
            )
    rates |= year_rate_cells(text)  # a 增减幅度 cell of two years' 三公 table: no money
    for start, end, figure, unit, reason in three_public_cells(text):
        if start not in listed and start not in rates:  # a cell once (34.35: decimal too)
            yield _unread(view, start, end, figure, unit, year, reason)


def _unread(view: TextView, start: int, end: int, figure: str, unit: str, year, reason: str):
    """The cell ``figure`` at ``start:end`` in ``unit``, listed unread saying ``reason``."""
    return cell_found(
        view, start, end, figure, unit, rule=RULE, year=year, reason=reason.format(unit=unit)
    )
