"""A whole-department form's split of its year's funds, read where its sums place it.

Hunan's 部门整体支出绩效自评表 writes, right under its 年度资金总额 row, the year's funds
split two ways, the two halves of each line side by side, so that a page pasting one cell a
paragraph interleaves them (fourth and eighteenth held-out trials):

    按收入性质分:2030.12 / 按支出性质分:1925.67 / 其中: 一般公共预算:1325.68 /
    其中:基本支出:900.47 / 政府性基金拨款:118.82 / 项目支出:1025.20 /
    纳入专户管理的非税收入拨款: / 其他资金:585.62

No column heads these cells: the split is of one figure of the total row, and the form does
not say which (年初预算数, 全年预算数 or 全年执行数). The figures say it where they add up.
Each half (by source: 一般公共预算, 政府性基金拨款, …, 其他资金; by nature: 基本支出,
项目支出) is read only where its parts add up exactly to its stated total (按收入性质分:2030.12),
or, with no total written, to a figure of the total row, and that total is a figure of the
row: a budget column's (its parts are BUDGET, the block standing under the form's 年度预算
申请), else the 执行数 column's (SPENDING). A half whose parts do not add up, or add up to
no figure of the row (1925.67 where the row says 861.10 / 2030.12 / 2030.12), is listed
unread with the reason: which money it splits is not shown. A cell of any other label in
the block (人员经费, a part of a part) leaves the whole block unread: no sum is then sure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.tables.owncells import own_unit
from govkg.ingest.text.numbers import yuan
from govkg.ingest.text.textview import TextView

__all__ = ["find_nature_split"]

RULE = "selfeval-form"
_HEADS = {"按收入性质分": "source", "按支出性质分": "nature"}
_PARTS = {
    "source": re.compile(
        r"一般公共预算(?:财政)?(?:拨款)?|政府性基金(?:预算)?(?:拨款)?|纳入专户管理的非税收入(?:拨款)?"
        r"|国有资本经营预算(?:拨款)?|财政专户管理资金|上年结转(?:资金)?|单位资金|其他资金|其他收入"
    ),
    "nature": re.compile(r"基本支出|项目支出"),
}
_ITEM = re.compile(
    r"(?:其中\s*[:：]\s*)?(?P<label>[\u4e00-\u9fff]{2,20})[ \t\u3000]*[:：]"
    r"(?:\s*(?P<figure>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[ \t]*(?:万元|元))?)"
    r"(?![\d.%％]))?"
)
_STOP = re.compile(r"年度总体目标|总体目标|预期目标|绩效指标|一级指标")
_OTHER = "block holds a cell of neither half"
REACH = 400  # characters of the block after the total row
REASON = (
    "a part of the year's funds split {how} (a 部门整体 form's 按收入性质分/按支出性质分), "
    "whose {why}: which of the total row's figures it splits is not shown, so it is not read"
)


def find_nature_split(
    view: TextView,
    text: str,
    start: int,
    budgets: list[Decimal],
    executed: list[Decimal],
    unit: str,
    year: int | None,
) -> Iterator[MoneyFound]:
    """The split right after the total row ending at ``start`` (see above); ``budgets`` and
    ``executed`` are the row's figures under its budget and 执行数 columns, in yuan."""
    items = _items(text, start)
    if not items or items[0]["label"] not in _HEADS:
        return
    halves = {side: _Half() for side in _HEADS.values()}
    other = False
    for item in items:
        if item["label"] in _HEADS:
            halves[_HEADS[item["label"]]].total = item
        elif side := next((s for s, p in _PARTS.items() if p.fullmatch(item["label"])), None):
            halves[side].parts.append(item)
        else:
            other = True  # a label of neither half (人员经费): no sum is sure
    for side, half in halves.items():
        kind, why = _kind(half, budgets, executed, unit) if not other else (None, _OTHER)
        how = "by source" if side == "source" else "by the nature of its spending"
        for item in [half.total, *half.parts]:
            if item is None or item["figure"] is None:
                continue
            figure, own = own_unit(item["figure"]) or (item["figure"], unit)
            label = item["label"] if item is half.total else f"{_head(side)} {item['label']}"
            yield cell_found(
                view,
                item.start("figure"),
                item.end("figure"),
                figure,
                own,
                rule=RULE,
                year=year,
                kind=kind,
                label=label,
                reason=None if kind else REASON.format(how=how, why=why),
            )


class _Half:
    """One half of the split: its stated total (按收入性质分:2030.12) and its parts."""

    def __init__(self) -> None:
        self.total: re.Match | None = None
        self.parts: list[re.Match] = []


def _items(text: str, start: int) -> list[re.Match]:
    """The ``label:figure`` cells standing one after another from ``start`` (blanks between
    them only), up to the form's next part (年度总体目标) or anything else."""
    stop = _STOP.search(text, start, start + REACH)
    stop = stop.start() if stop else min(len(text), start + REACH)
    items, at = [], start
    for match in _ITEM.finditer(text, start, stop):
        if text[at : match.start()].strip():
            break
        items.append(match)
        at = match.end()
    return items


def _head(side: str) -> str:
    return next(head for head, s in _HEADS.items() if s == side)


def _kind(half: _Half, budgets, executed, unit: str) -> tuple[str | None, str]:
    """BUDGET or SPENDING where the half's parts add up to a figure of the total row (see
    above), else None and why not."""
    parts = [_amount(m, unit) for m in half.parts if m["figure"] is not None]
    if not parts:
        return None, "parts are not stated"
    summed = sum(parts, Decimal(0))
    stated = half.total["figure"] if half.total is not None else None
    if stated is not None and _amount(half.total, unit) != summed:
        return None, "parts do not add up to its stated total"
    if summed in budgets:
        return "BUDGET", ""
    if summed in executed:
        return "SPENDING", ""
    return None, "parts add up to no figure of the form's 年度资金总额 row"


def _amount(match: re.Match, unit: str) -> Decimal:
    figure, own = own_unit(match["figure"]) or (match["figure"], unit)
    return yuan(figure, own)
