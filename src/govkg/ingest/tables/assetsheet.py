"""Rule ``asset-sheet``: a 决算 book's 资产负债情况表, one cell a line between |, read where
each cell's row and column are certain.

A department's 决算 book ends on its stock of assets, piped one cell a line:

    2019年度资产负债情况表 | 金额单位:万元 | 数量 | 价值 | 年初数 | 年末数 | 年初数 | 年末数 |
    一、资产合计 | —— | —— | 1160.05 | 328.54 |
    (五)在建工程 | —— | —— | | 4.03 |

The heads are fixed: 数量 (年初数, 年末数) then 价值 (年初数, 年末数). A row whose label is
followed by exactly four cells between its borders (an empty cell is two borders in a row)
places each cell for certain: the third is the 价值 at the year's start, the fourth at its
end; the first two are quantities (台, 辆), never money. A row with more or fewer cells is
left to ``loosecells``. The figures are balances, stocks at a date, not money spent or
received in the year: kind OTHER. A line of other words inside a row (a mirror's injected
advertising) stands with its label and changes no cell.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.accountsrows import find_accounts_rows
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["accounts_and_asset_rows", "find_asset_sheets"]

RULE = "asset-sheet"
_SHEET = re.compile(
    r"资产负债情况表[\s|]*(?:金额)?单位[:：]\s*(?P<unit>万元|元)[\s|]*"
    r"数量[\s|]*价值[\s|]*年初数[\s|]*年末数[\s|]*年初数[\s|]*年末数[ \t]*\|?"
)
_PIECE = re.compile(r"\||[^\s|][^|\n]*")
_VALUE = re.compile(r"(?:\d[\d,]*(?:\.\d+)?|[—\-–…]+)")
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
_END = re.compile(r"^(?:注|第[一二三四五六七八九十]+部分)|[。；;]")
COLUMNS = ("价值 年初数", "价值 年末数")
ROWS = 60  # rows of a sheet at most: the table ends by then


def accounts_and_asset_rows(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """``accountsrows``' tables, then this rule's asset sheets (one finder for ``tables``)."""
    yield from find_accounts_rows(view, year)
    yield from find_asset_sheets(view, year)


def find_asset_sheets(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """The certain 价值 cells of each asset sheet (see above), read as OTHER."""
    text = simplified(view.text)
    for sheet in _SHEET.finditer(text):
        for label, cells in _rows(text, sheet.end()):
            if len(cells) != 4:
                continue
            for column, (start, end, piece) in zip(COLUMNS, cells[2:], strict=True):
                if _FIGURE.fullmatch(piece):
                    yield cell_found(
                        view, start, end, piece, sheet["unit"], rule=RULE, year=year,
                        kind="OTHER", label=f"{label} {column}",
                    )  # fmt: skip


def _rows(text: str, start: int) -> Iterator[tuple[str, list[tuple[int, int, str]]]]:
    """(label, cells) of each row after the heads: a label's first border opens its cells,
    each later border closes one (empty where two borders meet)."""
    label, cells, pending, opened, count = "", [], None, False, 0
    for found in _PIECE.finditer(text, start):
        piece = found.group().strip()
        if piece == "|":
            if opened:
                cells.append(pending or (found.start(), found.start(), ""))
            opened, pending = bool(label) or opened, None
            continue
        if _VALUE.fullmatch(piece) and label:
            if not opened:
                return  # a figure before its row's border: not this sheet's layout
            pending = (found.start(), found.start() + len(piece), piece)
            continue
        if _END.search(piece) or len(piece) > 40:
            break
        if opened:  # a new label closes the row before
            yield label, cells
            count += 1
            if count >= ROWS:
                return
            label, cells, opened = "", [], False
        label = f"{label} {piece}".strip() if label else piece
    if label and opened:
        yield label, cells
