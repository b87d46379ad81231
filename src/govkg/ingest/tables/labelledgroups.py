"""A funds grid whose column groups print their own label before every cell (thirty-second
held-out trial): a county's 预算项目绩效自评表 flattened one row a line,

    二、预算执行情况 预算安排情况(调整后) 资金到位情况 资金执行情况 预算执行进度(%)
    预算数 6.84 到位数 6.84 执行数 6.84 100.00
    其中:财政资金 6.84 其中:财政资金 6.84 其中:财政资金 6.84
    其他 0.00 其他 0.00 其他 0.00

The columns' heads and figures do not line up (four heads, six or seven cells a row), so the
general table rules list every cell unread. Yet the form places each cell itself: the heads
name one group per kind of money (预算安排 BUDGET, 到位 REVENUE, 执行 SPENDING), the first row
names each group's cell again (预算数, 到位数, 执行数), in the heads' order, and every later
row repeats its label once per group. A cell is read in its group only where all of this
holds; a stated 执行进度 or 执行率 after the first row must agree with 执行数 over 预算数 (to its
rounding), else nothing of the grid is read. A row's cells under a 结转 label are carried
over (CARRY_OVER), as in the national form (``selfeval_form``). The unit is the one declared
just above the heads (金额单位: 万元); without it nothing is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.tables.tableunits import declared_unit
from govkg.ingest.text.numbers import number_value
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_labelled_groups", "group_heads"]

RULE = "money-table"
_GROUP = re.compile(
    r"(?P<BUDGET>预算(?:安排|批复|下达)?情况)|(?P<REVENUE>(?:资金)?到位情况)"
    r"|(?P<SPENDING>(?:资金|预算)?(?:执行|支出)情况)"
)
_NOTE = re.compile(r"[（(][^（()）]*[)）]")  # (调整后), (%): a head's annotation
_CELL_KIND = {
    "BUDGET": re.compile(r"(?:调整后|全年|年初)?预算(?:安排)?数|预算金额|安排数"),
    "REVENUE": re.compile(r"到位(?:数|资金|金额)"),
    "SPENDING": re.compile(r"(?:全年|实际)?(?:执行|支出)(?:数|资金|金额)"),
}
_RATE_HEAD = re.compile(r"执行(?:进度|率)")
_FIG = r"(?:0|[1-9]\d{0,8})\.\d{1,6}"
_PAIR = re.compile(rf"(?P<label>[^\s\d][^\s]*)[ \t\u3000]+(?P<fig>{_FIG})(?![\d.%％])")
_RATE = re.compile(r"[ \t\u3000]+(?P<rate>\d{1,3}(?:\.\d{1,2})?)[%％]?[ \t\u3000]*$")
UNIT_REACH = 300  # characters above the heads where the grid's unit is declared
MAX_ROWS = 6


def find_labelled_groups(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """Every cell of each grid described above, read in its group."""
    text = simplified(view.text)
    lines = _lines(text)
    for at, (start, line) in enumerate(lines[:-1]):
        kinds = group_heads(line)  # a cell each: not 二、预算执行情况
        if len(kinds) < 2 or len(set(kinds)) != len(kinds):
            continue
        unit = declared_unit(text, start, UNIT_REACH)
        if unit is None:
            continue
        yield from _grid(view, lines, at, kinds, _RATE_HEAD.search(line) is not None, unit, year)


def group_heads(line: str) -> list[str]:
    """The kinds of money the group heads of ``line`` name, one a cell (预算安排情况 资金到位情况
    …: BUDGET, REVENUE); the grid's cells under them are this rule's to place."""
    heads = [_GROUP.fullmatch(_NOTE.sub("", cell)) for cell in line.split()]
    return [head.lastgroup for head in heads if head]


def _lines(text: str) -> list[tuple[int, str]]:
    lines, start = [], 0
    for line in text.split("\n"):
        lines.append((start, line))
        start += len(line) + 1
    return lines


def _grid(view, lines, at, kinds, rated, unit, year) -> Iterator[MoneyFound]:
    """The grid under the heads at ``lines[at]``: its first row's labels must name the
    groups' kinds in order, its later rows repeat one label per group."""
    start, first = lines[at + 1]
    pairs = list(_PAIR.finditer(first))
    if len(pairs) != len(kinds) or any(
        not _CELL_KIND[kind].fullmatch(pair["label"])
        for pair, kind in zip(pairs, kinds, strict=True)
    ):
        return
    rest = first[pairs[-1].end() :]
    if rest.strip():
        rate = _RATE.fullmatch(rest)
        if rate is None or not rated or not _agrees(pairs, kinds, rate["rate"]):
            return
    rows = [(start, pairs, None)]
    for start, line in lines[at + 2 : at + 2 + MAX_ROWS]:
        pairs = list(_PAIR.finditer(line))
        labels = {pair["label"] for pair in pairs}
        if len(pairs) != len(kinds) or len(labels) != 1 or line[pairs[-1].end() :].strip():
            break
        rows.append((start, pairs, pairs[0]["label"]))
    for start, pairs, label in rows:
        for pair, kind in zip(pairs, kinds, strict=True):
            yield cell_found(
                view,
                start + pair.start("fig"),
                start + pair.end("fig"),
                pair["fig"],
                unit,
                rule=RULE,
                year=year,
                kind="CARRY_OVER" if label and "结转" in label else kind,
                label=pair["label"] if label is None else f"{label} ({_group_name(kind)})",
            )


def _group_name(kind: str) -> str:
    return {"BUDGET": "预算数", "REVENUE": "到位数", "SPENDING": "执行数"}[kind]


def _agrees(pairs, kinds, rate: str) -> bool:
    """Whether 执行数 over 预算数 is the stated rate, to its rounding."""
    if "BUDGET" not in kinds or "SPENDING" not in kinds:
        return False
    budget = number_value(pairs[kinds.index("BUDGET")]["fig"])
    spent = number_value(pairs[kinds.index("SPENDING")]["fig"])
    if budget <= 0:
        return False
    places = len(rate.split(".")[1]) if "." in rate else 0
    tolerance = Decimal(1).scaleb(-places) / 2 + Decimal("0.001")
    return abs(spent / budget * 100 - Decimal(rate)) <= tolerance
