"""Rule ``money-table`` for an indicator table (绩效指标表): its unit in a 度量单位 cell of its
own, a target after its comparison (成本控制数 | ≤ | 30 | 万元: PLANNED, a ceiling) or a target
and its actual after the unit; the actual after a target in money, under 实际完成值 | 分值 | 得分.
A cost's actual is spending; any other figure (the economy's 进出口总额) is OTHER. A target
whose unit cell is a rate (成本 | = | 1 | 元/人, thirty-sixth trial) is a price or rate."""

from __future__ import annotations

import re
from collections.abc import Iterator

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.tablecells import FIGURE as _FIGURE
from govkg.ingest.tables.tablecells import cells as _cells
from govkg.ingest.tables.tablecells import found as _found
from govkg.ingest.tables.tablecells import is_label as _is_label
from govkg.ingest.tables.tablecells import name as _name
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_indicator_money"]

_UNIT_CELL = re.compile(r"(?P<unit>亿|万)?元?(?:人民币)?")
_RATE_CELL = re.compile(r"(?P<unit>万)?元/(?:人|户|亩|次|件|台|平方米|㎡|公里|人[·.]?[年月天日])")
_COMPARE = re.compile(r"[≤≥<>=＝﹦]|<=|>=|＜|＞|≦|≧")  # ﹦: a small equals sign
_COST = re.compile(r"成本|资金|经费|费用|支出|预算|投资")


def _target(before) -> bool:
    """Whether three cells are a target's label, its comparison and its figure."""
    return (
        len(before) == 3
        and bool(_FIGURE.fullmatch(before[2].text))
        and bool(_COMPARE.fullmatch(before[1].text))
        and _is_label(before[0].text)
    )


def find_indicator_money(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """Money in an indicator table, its unit in a 度量单位 cell of its own: a target after
    its comparison (成本控制数 | ≤ | 30 | 万元: PLANNED, a ceiling), or a target and its
    actual after the unit (外贸进出口总额 25 亿人民币 17.5 28.6). A cost's actual is spending;
    any other figure (the economy's 进出口总额) is OTHER."""
    text = simplified(view.text)
    cells = _cells(text, 0, len(text), piped=False)
    for at, cell in enumerate(cells):
        target = _TARGET.fullmatch(cell.text)
        if target and at > 0 and _is_label(cells[at - 1].text):
            yield from _actual_after(view, text, cells, at, target["unit"], year)
            continue
        rate_cell = _RATE_CELL.fullmatch(cell.text)
        if rate_cell and at >= 3 and _target(cells[at - 3 : at]):  # 成本 | = | 1 | 元/人
            label, figure = cells[at - 3], cells[at - 1]
            unit = (rate_cell["unit"] or "") + "元"
            name = f"{_name(label.text)} 指标值（{cell.text}）"
            yield _found(view, label, figure, unit, "PRICE_OR_RATE", name, year)
            continue
        unit_cell = _UNIT_CELL.fullmatch(cell.text)
        if not unit_cell or not cell.text or cell.text == "人民币":
            continue
        unit = (unit_cell["unit"] or "") + "元"
        before = cells[max(0, at - 3) : at]
        if _target(before):
            name = _name(before[0].text)
            yield _found(view, before[0], before[2], unit, "PLANNED", f"{name} 指标值", year)
            yield from _actual_after_unit(view, text, cells, at, before[0], unit, year)
            continue
        after = cells[at + 1 : at + 3]
        header = text.rfind("指标值", max(0, cell.start - 1500), cell.start)
        if len(after) == 2 and all(_FIGURE.fullmatch(c.text) for c in after) and header >= 0:
            label = next(
                (c for c in reversed(cells[max(0, at - 2) : at]) if _is_label(c.text)), None
            )
            if label is None:
                continue
            name = _name(label.text)
            cost = _COST.search(name)
            yield _found(
                view, label, after[0], unit, "PLANNED" if cost else "OTHER", f"{name} 指标值", year
            )
            yield _found(
                view, label, after[1], unit, "SPENDING" if cost else "OTHER", f"{name} 完成值", year
            )


_SCORED_CELLS = re.compile(r"实际完成值[\s|]+分值[\s|]+得分")


def _actual_after_unit(view, text, cells, at, label, unit, year):
    """衛片執法補助經費 | ﹦ | 72890 | 元 | 72890 | 10.00 | 9.00 under 实际完成值 | 分值 | 得分:
    three figures after a target's 度量单位 cell are its actual, its 分值 and its 得分, the
    actual in the unit of that cell (corpus round 16). Fewer figures (a word for the actual)
    read nothing."""
    after = cells[at + 1 : at + 4]
    header = _SCORED_CELLS.search(text, max(0, cells[at].start - 1500), cells[at].start)
    if header is None or len(after) < 3 or not all(_FIGURE.fullmatch(c.text) for c in after):
        return
    name = _name(label.text)
    kind = "SPENDING" if _COST.search(name) else "OTHER"
    yield _found(view, label, after[0], unit, kind, f"{name} 实际完成值", year)


_TARGET = re.compile(r"(?:[≤≥<>=＝]|<=|>=)\d+(?:\.\d+)?(?P<unit>万元|元|亿元)")
_SCORED = re.compile(r"实际完成值\s+分值\s+得分")


def _actual_after(view, text, cells, at, unit, year):
    """项目总成本 ≤90万元 90 8 8 under 年度指标值 实际完成值 分值 得分: three figures after
    a target in money are its actual, its 分值 and its 得分, the actual in the target's
    unit. Two figures are 分值 and 得分 only (the actual was words): nothing is read."""
    after = cells[at + 1 : at + 4]
    header = _SCORED.search(text, max(0, cells[at].start - 1500), cells[at].start)
    if header is None or len(after) < 3 or not all(_FIGURE.fullmatch(c.text) for c in after):
        return
    name = _name(cells[at - 1].text)
    kind = "SPENDING" if _COST.search(name) else "OTHER"
    yield _found(view, cells[at - 1], after[0], unit, kind, f"{name} 实际完成值", year)
