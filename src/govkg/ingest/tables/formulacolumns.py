"""Rule ``formula-columns``: a form whose column heads state their formulas, each row read only
where its figures satisfy them.

A 部门整体支出绩效自评表 (Fujian's, the twenty-second trial's 277) numbers its columns with
circled numerals and writes how some are made from others, its rows flattened one a line,
cells parted by single spaces::

    (万元) 年初部门预算安排金额(含历年结余结转)① 年中调整金额② 小计 年度拨付金额
        支出实现率(%)⑤=④/③ 本年度结余金额⑥=③-④ 资金结余率(%)⑦=⑥/③
      ③=①+②
    财政资金小计 130.54 58.07 188.61 188.45 99.92 0.16 0.08

No figure has a unit of its own and no table rule lines the heads up with the cells. But the
heads state their formulas, and a row whose figures satisfy every one of them (130.54 + 58.07
= 188.61; 188.45 / 188.61 = 99.92%; 188.61 - 188.45 = 0.16; 0.16 / 188.61 = 0.08%) proves that
its cells stand in the heads' order. Such a row's money cells are read, in the unit declared
before the heads (``(万元)``, ``单位:万元``); a rate (率, (%)) is no money. A row that fails any
formula is listed unread, its cells placed by nothing.

The heads are read only as such a run: tokens parted by blanks, at least three carrying their
numeral in order (a head written without one, 小计, is the numeral its place gives it; a
numeral out of place stops the rule), at least one formula among them or on a line of
formulas right under them. A rate over a zero base (0 / 0) is written 0: it states nothing
and is not checked. Kinds are the heads' words (预算 / 安排 BUDGET, 拨付 / 支出 / 执行
SPENDING, 结余 / 结转 CARRY_OVER, a bracketed note such as (含历年结余结转) aside); a head naming
none takes the kind of a sum it is part of or makes where the heads naming one agree
(③=①+②: ① 预算安排 makes ② 年中调整 and ③ 小计 budget too); a head left without a kind
leaves its cells unread.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_formula_columns", "formula_rate_cells"]

RULE = "formula-columns"
_NUMERALS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫"
_HEAD = re.compile(
    rf"(?P<words>[\u4e00-\u9fff（）()%％]{{2,30}}?)(?P<numeral>[{_NUMERALS}])?"
    rf"(?:=(?P<formula>[{_NUMERALS}](?:[+\-/][{_NUMERALS}])+))?"
)
_FORMULA = re.compile(
    rf"(?P<numeral>[{_NUMERALS}])=(?P<formula>[{_NUMERALS}](?:[+\-/][{_NUMERALS}])+)"
)
_UNIT = re.compile(
    r"^[ \t\u3000]*(?:[（(](?P<u>万元|元)[)）]|单位\s*[：:]\s*(?P<v>万元|元))[ \t\u3000]*"
)
_FIGURE = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_NOTE = re.compile(r"[（(][^()（）]*[)）]")
_KINDS = (
    (re.compile(r"结余|结转"), "CARRY_OVER"),
    (re.compile(r"拨付|支出|执行"), "SPENDING"),
    (re.compile(r"预算|安排"), "BUDGET"),
)
FAILED = (
    "a cell of a form row whose figures do not satisfy the formulas its column heads state: "
    "its column is not proven, not read"
)


@dataclass
class _Column:
    head: str
    rate: bool
    formula: str | None
    kind: str | None


@dataclass(frozen=True)
class _Form:
    unit: str
    columns: list[_Column]
    rows: list[tuple[str, list[tuple[int, str]]]]  # label, (start, figure) per column


def find_formula_columns(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """The money cells of each row that satisfies its heads' formulas; the others unread."""
    for form in _forms(simplified(view.text)):
        for label, cells in form.rows:
            proven = _satisfies(form.columns, [figure for _, figure in cells])
            for column, (start, figure) in zip(form.columns, cells, strict=True):
                if column.rate:
                    continue
                kind = column.kind if proven else None
                reason = FAILED if not proven else None
                if proven and kind is None:
                    reason = "a form cell whose column head names no kind of money: not read"
                yield cell_found(
                    view,
                    start,
                    start + len(figure),
                    figure,
                    form.unit,
                    rule=RULE,
                    year=year,
                    kind=kind,
                    label=f"{label} {column.head}",
                    reason=reason,
                )


def formula_rate_cells(text: str) -> set[int]:
    """Where the rate cells of such forms start: no money, never a loose cell."""
    return {
        start
        for form in _forms(text)
        for _, cells in form.rows
        for column, (start, _) in zip(form.columns, cells, strict=True)
        if column.rate
    }


def _forms(text: str) -> Iterator[_Form]:
    lines = list(re.finditer(r"[^\n]*", text))
    lines = [line for line in lines if line.group().strip()]
    at = 0
    while at < len(lines):
        found = _heads(lines[at].group())
        if found is None:
            at += 1
            continue
        unit, columns = found
        at += 1
        while at < len(lines) and (formulas := _formula_line(lines[at].group())) is not None:
            _add_formulas(columns, formulas)
            at += 1
        if not any(c.formula for c in columns):
            continue
        _settle_kinds(columns)
        rows = []
        while at < len(lines) and (row := _row(lines[at], len(columns))) is not None:
            rows.append(row)
            at += 1
        if rows:
            yield _Form(unit, columns, rows)


def _heads(line: str) -> tuple[str, list[_Column]] | None:
    """The unit and the columns of a line of numbered heads; None where it is none."""
    unit = _UNIT.match(line)
    if unit is None:
        return None
    columns: list[_Column] = []
    numbered = 0
    formulas = []
    for token in line[unit.end() :].split():
        if (formula := _FORMULA.fullmatch(token)) is not None and columns:
            formulas.append(formula)  # a formula line joined to the heads' (③=①+②)
            continue
        if formulas:
            return None  # a head after the formulas: not the heads' run
        head = _HEAD.fullmatch(token)
        if head is None:
            return None
        if head["numeral"]:
            if _NUMERALS.index(head["numeral"]) != len(columns):
                return None  # a numeral out of place: the heads are not in their order
            numbered += 1
        words = head["words"]
        rate = "率" in words or "%" in words or "％" in words
        columns.append(_Column(token.split("=")[0], rate, head["formula"], _kind(words)))
    if numbered < 3 or len(columns) > len(_NUMERALS):
        return None
    _add_formulas(columns, [(f["numeral"], f["formula"]) for f in formulas])
    return unit["u"] or unit["v"], columns


def _add_formulas(columns: list[_Column], formulas: list[tuple[str, str]]) -> None:
    """Each formula of a line of its own to its column, where that column states none."""
    for numeral, formula in formulas:
        at = _NUMERALS.index(numeral)
        if at < len(columns) and columns[at].formula is None:
            columns[at].formula = formula


def _formula_line(line: str) -> list[tuple[str, str]] | None:
    tokens = line.split()
    found = [_FORMULA.fullmatch(token) for token in tokens]
    if not tokens or not all(found):
        return None
    return [(f["numeral"], f["formula"]) for f in found if f]


def _kind(words: str) -> str | None:
    words = _NOTE.sub("", words)
    for pattern, kind in _KINDS:
        if pattern.search(words):
            return kind
    return None


def _settle_kinds(columns: list[_Column]) -> None:
    """A column naming no kind takes the kind of a sum it is part of or makes, where the
    columns of that sum naming one agree."""
    for column in columns:
        if column.formula is None or "+" not in column.formula:
            continue
        members = [column] + [
            columns[_NUMERALS.index(n)]
            for n in column.formula.split("+")
            if _NUMERALS.index(n) < len(columns)
        ]
        named = {m.kind for m in members if m.kind is not None}
        if len(named) == 1 and not any(m.rate for m in members):
            for member in members:
                member.kind = member.kind or next(iter(named))


def _row(line: re.Match, width: int) -> tuple[str, list[tuple[int, str]]] | None:
    """A row: a label with words, then exactly ``width`` figures parted by blanks."""
    tokens = list(re.finditer(r"\S+", line.group()))
    if len(tokens) <= width:
        return None
    figures, words = tokens[-width:], tokens[:-width]
    if not all(_FIGURE.fullmatch(t.group()) for t in figures):
        return None
    if _FIGURE.fullmatch(words[-1].group()):
        return None  # more figures than columns: not the heads' row
    label = " ".join(t.group() for t in words)
    if not re.search(r"[\u4e00-\u9fff]", label):
        return None
    return label, [(line.start() + t.start(), t.group()) for t in figures]


def _satisfies(columns: list[_Column], figures: list[str]) -> bool:
    values = [Decimal(f.replace(",", "")) for f in figures]
    for at, column in enumerate(columns):
        if column.formula is None:
            continue
        if not _holds(column.formula, values, figures[at], values[at]):
            return False
    return True


def _holds(formula: str, values: list[Decimal], written: str, value: Decimal) -> bool:
    numerals = re.findall(f"[{_NUMERALS}]", formula)
    if any(_NUMERALS.index(n) >= len(values) for n in numerals):
        return False
    terms = [values[_NUMERALS.index(n)] for n in numerals]
    if "/" in formula:
        num, den = terms
        if den == 0:
            return value == 0  # a rate over a zero base: written 0, stating nothing
        places = len(written.split(".")[1]) if "." in written else 0
        rate = num / den * 100
        return abs(rate - value) <= Decimal(5) / Decimal(10) ** (places + 1) + Decimal("1e-9")
    total = terms[0]
    for op, term in zip(re.findall(r"[+\-]", formula), terms[1:], strict=True):
        total = total + term if op == "+" else total - term
    return total == value
