"""Rule ``selfeval-form``: the money grid of the national 项目支出绩效自评表 (财政部's form).

Nearly every 项目支出绩效自评 report, and many 部门整体 ones, carry this grid:

    项目资金（万元） 年初预算数 全年预算数 全年执行数 分值 执行率 得分
    年度资金总额        43.2      43.2       37.24     10   86%    9
    其中：当年财政拨款  43.2      43.2       37.24
    上年结转资金 / 其他资金 (often blank)

Flattened to text (a PDF's or a web page's), its cells come in text order, split by blanks,
tabs, ``|`` or line breaks, a header word sometimes over two lines (年初 / 预算数), empty
cells lost or shown as —, / or 0. This rule finds the header as a run of the form's column
words, its unit (万元 or 元) in the few cells before it, and then each row by its label
(年度资金总额, 其中：当年财政拨款, 上年结转资金, 其他资金, 基本支出, 项目支出…) and the
cells right after it. A row is read only when the cells fit the columns:

- as many cells as columns (a dash or slash fills an empty one), a rate (86%) never under a
  money column, 得分 never over 分值, and a stated 执行率 agreeing with 执行数 over 预算数
  to its rounding;
- a sub-row (not the total) with exactly one figure per money column and at most blanks
  after them (— —): the form leaves a sub-row's 分值, 执行率 and 得分 blank;
- figures right after the header with no label, as many as the columns, a rate in the rate
  column: the total row, where the form names 年度资金总额 just before its header (the label
  printed out of its row).

A row under the total whose label names no source the rule knows (地方资金, a lottery fund's
row) is read only where the rows under the total add up to it (``summedsources``).

Any other row is left to the general table rule, which lists its figures unread: a figure
whose column the text does not show is never guessed. Columns: 年初预算数, 全年预算数
(调整后预算数, 预算数) are BUDGET (全年预算数 is the year's budget after changes), 全年执行数
(执行数) is SPENDING; 执行率 is a rate and 分值, 得分, 权重 are points, never money. A
money cell may carry its own unit (150万, 125.25万元: ``owncells``, seventh held-out trial),
read in that unit; such a cell under a rate or points column does not fit. The 上年结转资金
row's money is carried over: CARRY_OVER in every column.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from govkg.ingest.facts import cite
from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.extrafigure import extra_figure
from govkg.ingest.tables.headingunitafter import HEADING_BEFORE, heading_unit_after
from govkg.ingest.tables.latepoints import late_points
from govkg.ingest.tables.lostcell import lost_cell
from govkg.ingest.tables.naturesplit import find_nature_split
from govkg.ingest.tables.owncells import own_unit, unit_cell
from govkg.ingest.tables.summedsources import money_values, sources_add_up
from govkg.ingest.tables.tableunits import open_unit
from govkg.ingest.text.numbers import number_value, yuan
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["COLUMNS", "find_form_money", "form_cells", "form_heads", "is_cell"]

RULE = "selfeval-form"
_TOKEN = re.compile(r"[—–\-－/／]+(?=[\u4e00-\u9fff])|[^\s|]+")
"""Cells between blanks, tabs, line breaks and ``|``; a blank cell's dash joined to the next
row's label by a wrapped line (—上年结转资金) is a cell of its own."""
_NOTE = re.compile(r"[（(][^（()）]*[)）]")  # (A), (B/A), (10分): a column's annotation
COLUMNS = {
    "年初预算数": "BUDGET",
    "年初预算": "BUDGET",
    "全年预算数": "BUDGET",
    "调整后预算数": "BUDGET",
    "调整预算数": "BUDGET",
    "预算数": "BUDGET",
    "全年执行数": "SPENDING",
    "执行数": "SPENDING",
    "预算执行数": "SPENDING",
    "执行率": "RATE",
    "预算执行率": "RATE",
    "分值": "POINTS",
    "得分": "POINTS",
    "自评得分": "POINTS",  # a 部门整体 form's last column (eighteenth trial)
    "权重": "POINTS",
}
_TOTALS = ("年度资金总额", "年度财政资金总额", "资金总额", "总额")
_ROWS = (
    *_TOTALS,
    "当年财政拨款",
    "本年财政拨款",
    "财政拨款",
    "财政资金",
    "中央资金",  # an Anhui transfer form's funds by level (fortieth trial)
    "省级资金",
    "市级资金",
    "县级资金",
    "中央财政资金",  # a central transfer's 区域(项目) form: its funds by level (thirteenth trial)
    "地方财政资金",
    "上年结转资金",
    "上年结转",
    "其他资金",
    "财政专户管理资金",
    "单位资金",
    "基本支出",
    "项目支出",
)
_CARRIED = ("上年结转资金", "上年结转")  # the row's money is carried over, in every column
_UNIT = re.compile(r"[（(]\s*(?:单位\s*[：:]\s*)?(万元|元)\s*[）)]|单位\s*[：:]\s*(万元|元)")
_FIGURE = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_RATE = re.compile(r"(?P<rate>\d+(?:\.\d+)?)%")
_EMPTY = re.compile(r"[—–\-－/／]+")
_STOP = re.compile(r"年度总体目标|总体目标|预期目标|绩效指标|一级指标|项目名称|年初设定目标")
UNIT_BEFORE = 25  # cells before a header searched for its unit
MAX_ROWS = 8
MAX_CELLS = 80  # cells after a header looked at


@dataclass(frozen=True)
class _Tok:
    text: str
    start: int  # cleaned offsets
    end: int


@dataclass(frozen=True)
class _Column:
    kind: str  # BUDGET | SPENDING | RATE | POINTS
    name: str  # the header as written, annotations dropped


def find_form_money(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """The amounts of every self-assessment form grid whose rows the text order shows."""
    text = simplified(view.text)
    tokens = form_cells(text)
    for at, after, columns, unit in form_heads(text, tokens):
        money = _money_prefix(columns)
        late = None  # the 得分 column's head printed after the rows (…执行率 | rows | 得分)
        if late_points([t.text for t in tokens], [c.name for c in columns], after, _STOP):
            late = [*columns, _Column("POINTS", "得分")]
        yield from _rows(view, text, tokens, at, after, columns, money, unit, year, late)
    yield from _under_units(view, tokens, year)


def form_cells(text: str) -> list[_Tok]:
    """The cells of ``text`` (simplified) as this rule splits them."""
    return [_Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def form_heads(text: str, tokens: list[_Tok]) -> Iterator[tuple[int, int, list[_Column], str]]:
    """Each run of the form's heads with two money columns or more, one of them 执行数, and a
    unit declared before it: (its first cell, the cell after it, its columns, its unit)."""
    at = 0
    while at < len(tokens):
        columns, after = _header(tokens, at)
        money = _money_prefix(columns)
        if money < 2 or "SPENDING" not in [c.kind for c in columns[:money]]:
            at = max(after, at + 1)
            continue
        unit = _unit(text, tokens[max(0, at - UNIT_BEFORE) : at])
        if unit is None and (
            late := heading_unit_after(tokens[max(0, at - HEADING_BEFORE) : at], tokens[:after])
        ):
            unit = late if _rate_proves(tokens, after, columns, money, late) else None
        if unit is not None:
            yield at, after, columns, unit
        at = after


def _rate_proves(
    tokens: list[_Tok], after: int, columns: list[_Column], money: int, unit: str
) -> bool:
    """Whether the first row after the heads (年度资金总额 | 200 | 200 | 179.43 | 10 | 89.7% | 9)
    fits them with its 执行率 written as a percent that agrees with its money in ``unit``: a
    unit printed after the heads (``headingunitafter``) is taken only so proven."""
    found = _label(tokens, after)
    if found is None:
        return False
    cells = _cells(tokens, found[1], min(len(tokens), found[1] + MAX_CELLS))
    return len(cells) == len(columns) and _fits(cells, columns, money, unit, rated=True)


_UNIT_CELL = re.compile(r"[（(](万元|元)[)）]")


def _under_units(view, tokens: list[_Tok], year: int | None) -> Iterator[MoneyFound]:
    """Figures right after a run of unit cells (中央 省、地 本级 合计 执行数 (万元) (万元)…
    5.5 5.5), and those of the same grid printed apart before its 执行率: amounts in that
    unit whose columns the PDF's text order does not show, listed unread, never placed."""
    at = 0
    while at < len(tokens):
        end = at
        while end < len(tokens) and _UNIT_CELL.fullmatch(tokens[end].text):
            end += 1
        if end - at < 2:
            at = end + 1
            continue
        unit = _UNIT_CELL.fullmatch(tokens[at].text)[1]
        reason = (
            f"a figure under {end - at} column headings in {unit} whose column the text order "
            "does not show"
        )
        for cell in _grid_figures(tokens, end):
            yield MoneyFound(
                rule=RULE,
                cites=(cite(view, cell.start, cell.end),),
                amount=yuan(cell.text, unit),
                figure=cell.text,
                unit=unit,
                as_written=cite(view, cell.start, cell.end).quote,
                kind=None,
                label=None,
                year=year,
                reason=reason,
            )
        at = end + 1


GRID_REST = 8  # cells after the figures in which a grid's 执行率 cell closes it


def _grid_figures(tokens: list[_Tok], at: int) -> list[_Tok]:
    """The figures right after a grid's unit cells, and those printed apart before its
    执行率 cell (5.5 5.5 来源 项目年度目标 3、一次性□ 5.5 执行率 100%): the cells of its
    money row, whose columns the text order does not show."""
    figures = []
    while at < len(tokens) and _FIGURE.fullmatch(tokens[at].text):
        figures.append(tokens[at])
        at += 1
    rest = tokens[at : at + GRID_REST]
    closing = next((i for i, t in enumerate(rest) if t.text in ("执行率", "预算执行率")), None)
    if figures and closing is not None:
        figures += [t for t in rest[:closing] if _FIGURE.fullmatch(t.text)]
    return figures


def _header(tokens: list[_Tok], at: int) -> tuple[list[_Column], int]:
    """The run of the form's column words from ``at`` (a word may span up to three cells,
    年初 / 预算数), and the index after it."""
    columns: list[_Column] = []
    while at < len(tokens) and tokens[at].text[:1] not in "(（":  # (万元) is no column
        found = None
        for span in (3, 2, 1):
            words = _NOTE.sub("", "".join(t.text for t in tokens[at : at + span]))
            if words in COLUMNS:
                found = (_Column(COLUMNS[words], words), at + span)
                break
        if found is None:
            break
        columns.append(found[0])
        at = _skip_notes(tokens, found[1])
    return columns, at


def _skip_notes(tokens: list[_Tok], at: int) -> int:
    """Past a column's annotation cells: ``(A)``, or ``(20 分*执行率)`` over two cells."""
    while at < len(tokens) and tokens[at].text[:1] in "(（":
        end = at
        while end < min(len(tokens), at + 3) and not re.search(r"[)）]", tokens[end].text):
            end += 1
        if end >= len(tokens) or not re.search(r"[)）]", tokens[end].text):
            return at
        at = end + 1
    return at


def _money_prefix(columns: list[_Column]) -> int:
    """How many money columns lead the header; 0 unless every other column follows them."""
    money = 0
    while money < len(columns) and columns[money].kind in ("BUDGET", "SPENDING"):
        money += 1
    if any(c.kind in ("BUDGET", "SPENDING") for c in columns[money:]):
        return 0
    return money


def _unit(text: str, before: list[_Tok]) -> str | None:
    """The unit the form's money heading declares (项目资金（万元）), nearest first; a
    heading cell that lost its closing parenthesis (年度预算申请 / (万元, the cell's last
    line: ``tableunits.open_unit``) declares it too."""
    for token in reversed(before):
        if found := _UNIT.search(token.text):
            return found[1] or found[2]
        line_end = text.find("\n", token.end)
        rest = text[token.end : len(text) if line_end < 0 else line_end]
        if not rest.strip() and (unit := open_unit(token.text)):
            return unit
    return None


def _label(tokens: list[_Tok], at: int) -> tuple[str, int] | None:
    """A row label at ``at`` (其中：当年财政拨款, 年度资金总额:, 年度财政 资金总额)."""
    for span in (3, 2, 1):
        words = "".join(t.text for t in tokens[at : at + span])
        words = re.sub(r"^其中[：:]?", "", words).rstrip(":：")
        if words in _ROWS:
            return words, at + span
    return None


def is_cell(text: str) -> bool:
    """A cell of the grid: a figure (with its own unit or none), a rate, or a blank's dash."""
    return bool(_money(text) or _RATE.fullmatch(text) or _EMPTY.fullmatch(text))


def _money(text: str) -> bool:
    """A money column's figure: bare (150) or with its own unit (150万: ``owncells``)."""
    return bool(_FIGURE.fullmatch(text)) or unit_cell(text)


def _value(text: str, unit: str) -> Decimal:
    figure, unit = own_unit(text) or (text, unit)
    return yuan(figure, unit)


def _cells(tokens: list[_Tok], at: int, end: int) -> list[_Tok]:
    cells = []
    while at < end and is_cell(tokens[at].text):
        cells.append(tokens[at])
        at += 1
    return cells


def _rows(
    view, text, tokens, first, after, columns, money, unit, year, late=None
) -> Iterator[MoneyFound]:
    end = min(len(tokens), after + MAX_CELLS)
    at, rows = after, 0
    cells = _cells(tokens, at, end)
    if cells:  # figures before any label: the total row printed without its label
        label = _total_before(tokens[max(0, first - UNIT_BEFORE) : first])
        fits = len(cells) == len(columns) and _fits(cells, columns, money, unit, rated=True)
        if label and fits:
            yield from _facts(view, label[1], label[0], cells, columns, money, unit, year)
        at += len(cells)
    total, under, unnamed = None, [], []  # the rows under a total read (summedsources)

    def values(row: list[_Tok]) -> list[Decimal | None]:
        return money_values([c.text for c in row], money, _money, lambda t: _value(t, unit))

    while at < end and rows < MAX_ROWS:
        if _STOP.search(tokens[at].text) or _header(tokens, at)[0]:
            break
        found = _label(tokens, at)
        if found is None:
            cells = _cells(tokens, at + 1, end) if total is not None else []
            if len(cells) >= money and _source_label(tokens[at].text):  # 地方资金 | 5 | 5 |
                fits = _whole(cells, columns, money, unit, late) or _sub_row(cells, columns, money)
                under.append((fits, values(cells)))
                unnamed.append((tokens[at], cells))
                at += len(cells)
            at += 1
            continue
        label = tokens[at]
        name, at = found
        rows += 1
        cells = _cells(tokens, at, end)
        at += len(cells)
        whole = _whole(cells, columns, money, unit, late)
        sub = name not in _TOTALS and _sub_row(cells, columns, money)
        if whole or sub:
            yield from _facts(view, label, name, cells, columns, money, unit, year)
        else:
            yield from _extra_facts(view, label, name, cells, columns, money, unit, year)
            yield from _lost_facts(view, label, name, cells, columns, money, unit, year)
        if name in _TOTALS and cells and len(cells) == len(columns):
            yield from _split(view, text, cells, columns, money, unit, year)
        if name in _TOTALS and whole and total is None:
            total = values(cells)
        elif total is not None and cells:
            under.append((whole or sub, values(cells)))
    proven = all(fits for fits, _ in under) and sources_add_up(total, [v for _, v in under])
    for label, cells in unnamed if proven else ():
        name = _source_label(label.text)
        yield from _facts(view, label, name, cells, columns, money, unit, year)


EXTRA_REASON = (
    "a figure of the row {name} in {unit}, which holds one figure more than its money heads "
    "name, so its column is not shown: not read"
)


def _extra_facts(view, label, name, cells, columns, money, unit, year) -> Iterator[MoneyFound]:
    """A row with one money figure more than the heads name (``extrafigure``): each column
    every place of the extra figure agrees on, read; the other figures listed unread."""
    found = extra_figure(
        cells,
        len(columns),
        money,
        lambda c: _money(c.text),
        lambda c: _value(c.text, unit),
        lambda row: _fits(row, columns, money, unit, rated=True),
    )
    if found is None:
        return
    proven, unread = found
    for at in proven:
        yield from _facts(view, label, name, [cells[at]], [columns[at]], 1, unit, year)
    for at in unread:
        cell = cells[at]
        figure, cell_unit = own_unit(cell.text) or (cell.text, unit)
        yield MoneyFound(
            rule=RULE,
            cites=(cite(view, cell.start, cell.end),),
            amount=yuan(figure, cell_unit),
            figure=figure,
            unit=cell_unit,
            as_written=cite(view, cell.start, cell.end).quote,
            kind=None,
            label=None,
            year=year,
            reason=EXTRA_REASON.format(name=name, unit=cell_unit),
        )


def _lost_facts(view, label, name, cells, columns, money, unit, year) -> Iterator[MoneyFound]:
    """A sub-row one cell short of its heads, its other blanks dashed (``lostcell``): each
    figure every place of the lost cell puts under one kind, read; the others left to the
    table rule, listed unread. A total row so short stays unread (its scores may be lost)."""
    if name in _TOTALS or not any(_EMPTY.fullmatch(c.text) for c in cells):
        return
    if "|" in view.text[label.start : cells[-1].end]:
        return  # a row between bars keeps its empty cells (| 12.00 | | 14.25 |): the table's
    proven = lost_cell(
        cells,
        [c.kind for c in columns],
        [c.name for c in columns],
        lambda at: _Tok("—", label.end, label.end),  # an empty cell: its place is not cited
        lambda c: _money(c.text),
        lambda row: _fits(row, columns, money, unit, rated=False),
    )
    for at, kind, column in proven:
        named = _Column(kind, column or ("预算数" if kind == "BUDGET" else "执行数"))
        yield from _facts(view, label, name, [cells[at]], [named], 1, unit, year)


def _whole(cells, columns, money, unit, late) -> bool:
    """A row with one cell per column that fits them (or per column with 得分 added, where
    the 得分 head was printed after the rows: ``latepoints``)."""
    if len(cells) == len(columns) and _fits(cells, columns, money, unit, rated=False):
        return True
    return bool(late) and len(cells) == len(late) and _fits(cells, late, money, unit, rated=False)


_SOURCE_LABEL = re.compile(r"(?:其中[：:]?)?(?P<name>[\u4e00-\u9fff（）()、/]{2,20}?)[：:]?")


def _source_label(text: str) -> str | None:
    """A row label the rule does not know (地方资金, 彩票公益金用于医疗救助), its 其中: dropped."""
    found = _SOURCE_LABEL.fullmatch(text)
    return None if found is None or text in COLUMNS else found["name"]


def _split(view, text, cells, columns, money, unit, year) -> Iterator[MoneyFound]:
    """The year's funds split by source and by nature right under the total row, read where
    its parts add up to one of the row's figures (``naturesplit``)."""
    figures = [
        (column.kind, _value(cell.text, unit))
        for cell, column in zip(cells[:money], columns[:money], strict=True)
        if _money(cell.text)
    ]
    budgets = [value for kind, value in figures if kind == "BUDGET"]
    executed = [value for kind, value in figures if kind == "SPENDING"]
    yield from find_nature_split(view, text, cells[-1].end, budgets, executed, unit, year)


def _sub_row(cells: list[_Tok], columns: list[_Column], money: int) -> bool:
    """A sub-row: one figure per money column, then at most blanks (— —: the form leaves a
    sub-row's 分值, 执行率 and 得分 blank; an empty cell between them is lost)."""
    rest = cells[money:]
    return (
        len(cells) <= len(columns)
        and len(cells) >= money
        and all(_money(c.text) for c in cells[:money])
        and all(_EMPTY.fullmatch(c.text) for c in rest)
    )


def _total_before(before: list[_Tok]) -> tuple[str, _Tok] | None:
    """年度资金总额 named among the cells before a header (its row's label, displaced)."""
    for at in range(len(before) - 1, -1, -1):
        found = _label(before, at)
        if found and found[0] in _TOTALS:
            for back in (2, 1):  # 年度财政 | 资金总额: the whole label
                longer = _label(before, at - back) if at >= back else None
                if longer and longer[0] in _TOTALS and longer[1] == found[1]:
                    return longer[0], before[at - back]
            return found[0], before[at]
    return None


def _fits(cells: list[_Tok], columns: list[_Column], money: int, unit: str, rated: bool) -> bool:
    """Whether one cell per column is consistent: figures or blanks under money columns, a
    rate only under 执行率 (required there when ``rated``), 得分 within 分值, and 执行率
    agreeing with 执行数 over 预算数 to its rounding."""
    rate_cell = None
    points = []
    for cell, column in zip(cells, columns, strict=True):
        if column.kind in ("BUDGET", "SPENDING", "POINTS") and _RATE.fullmatch(cell.text):
            return False
        if column.kind in ("RATE", "POINTS") and unit_cell(cell.text):
            return False  # points or a rate never carry a money unit
        if column.kind == "RATE":
            rate_cell = cell
        if column.kind == "POINTS" and _FIGURE.fullmatch(cell.text):
            points.append(number_value(cell.text))
    if rated and (rate_cell is None or not _RATE.fullmatch(rate_cell.text)):
        return False
    if len(points) == 2 and points[1] > points[0]:
        return False  # 得分 over 分值: the cells are not in these columns
    if rate_cell is not None and (stated := _RATE.fullmatch(rate_cell.text)):
        return _rate_agrees(cells[:money], columns[:money], stated["rate"], unit)
    return True


def _rate_agrees(cells: list[_Tok], columns: list[_Column], stated: str, unit: str) -> bool:
    figures = {
        c.kind: _value(cell.text, unit)
        for cell, c in zip(cells, columns, strict=True)
        if _money(cell.text)
    }  # the last budget column (全年预算数) wins
    budget, spent = figures.get("BUDGET"), figures.get("SPENDING")
    if budget is None or spent is None or budget == 0:
        return True
    rate = Decimal(stated)
    places = -rate.as_tuple().exponent if rate.as_tuple().exponent < 0 else 0
    tolerance = Decimal(5) / Decimal(10) ** (places + 1) + Decimal("0.011")
    ratio = spent / budget * 100
    return abs(ratio - rate) <= tolerance or (rate == 100 and ratio >= 100)


def _facts(view, label, name, cells, columns, money, unit, year) -> Iterator[MoneyFound]:
    for cell, column in zip(cells[:money], columns[:money], strict=True):
        if not _money(cell.text):
            continue  # an empty cell (— or /)
        figure, cell_unit = own_unit(cell.text) or (cell.text, unit)
        yield MoneyFound(
            rule=RULE,
            cites=(cite(view, label.start, cell.end),),
            amount=yuan(figure, cell_unit),
            figure=figure,
            unit=cell_unit,
            as_written=cite(view, cell.start, cell.end).quote,
            kind="CARRY_OVER" if name in _CARRIED else column.kind,
            label=f"{name} {column.name}",
            year=year,
        )
