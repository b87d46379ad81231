"""Rule ``budget-restated``: a budget statement's 支出 is its budget, where the text says so.

A 三公经费 budget statement opens on what the unit will spend ("鶴山市水務局2018年用一般公共
預算財政撥款數開支的…(簡稱“三公”經費)支出合計24.75萬元。其中:因公出國(境)經費支出0萬元…")
and restates each figure in its next paragraph as the budget it is ("2018年“三公”經費支出預算
合計24.75萬元…公務接待費支出預算16.55萬元"). Read alone, the first 支出 is spending; read with
its restatement, it is the budget: shown as spending, a budget would pass for money spent.

The reading is kept to what the text states: the same figure, of the same item, said later
with 预算 in its own words; and a text that speaks of no 决算 or 实际 spending (a text of
final accounts compares a budget with what was spent, and there 支出 is spending).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from govkg.ingest.facts import Line
from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["RULE", "budget_restated", "without_budget_lines"]

RULE = "budget-restated"

_SPENT = re.compile(r"决算|实际支出|实际使用|实际完成|执行数|执行率|已支付|已使用")
"""Words of a text that states what was spent: where they are, 支出 is spending."""
_NOT_ITEM = re.compile(r"20\d\d\s*年度?|[（(]?简称|支出|预算|合计|总计|共计|数|的|[^\u4e00-\u9fff]")
"""What is not the item's name in a label: 2018年“三公”经费支出预算合计 -> 三公经费."""


def _item(label: str | None) -> str:
    return _NOT_ITEM.sub("", simplified(label or ""))


def _same_item(one: str, other: str) -> bool:
    if min(len(one), len(other)) < 2:
        return False
    return one.endswith(other) or other.endswith(one)


def budget_restated(view: TextView, found: Iterable[MoneyFound]) -> Iterator[MoneyFound]:
    """``found`` in order, each amount read as spending that the text later restates as the
    budget of the same item (the same figure, 预算 in its own words) read as that budget."""
    money = list(found)
    if _SPENT.search(simplified(view.text)):
        yield from money
        return
    for at, amount in enumerate(money):
        if amount.kind == "SPENDING" and _restated(amount, money[at + 1 :]):
            amount = replace(amount, kind="BUDGET", rule=RULE)
        yield amount


def _restated(amount: MoneyFound, later: list[MoneyFound]) -> bool:
    item = _item(amount.label)
    return any(
        other.kind == "BUDGET"
        and other.amount == amount.amount
        and "预算" in simplified(other.label or "")
        and _same_item(item, _item(other.label))
        for other in later
    )


def without_budget_lines(lines: list[Line], money: list[MoneyFound]) -> list[Line]:
    """The expenditure lines but those stating an amount this rule reads as a budget (an
    expenditure line is money spent), and the derived totals left with no part."""
    budgets = {m.cites[0].end for m in money if m.rule == RULE}
    dropped = {line.key for line in lines if line.amount is not None and _ends(line) in budgets}
    if not dropped:
        return lines
    kept = [line for line in lines if line.key not in dropped]
    parents = {line.parent for line in kept if line.key not in dropped}
    empty = {line.key for line in kept if line.derived and line.key not in parents}
    gone = dropped | empty
    return [
        replace(
            line,
            parent=None if line.parent in gone else line.parent,
            share_of=None if line.share_of in gone else line.share_of,
        )
        for line in kept
        if line.key not in empty
    ]


def _ends(line: Line) -> int:
    return line.cites[0].end if line.cites else -1
