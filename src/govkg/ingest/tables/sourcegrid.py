"""A unit's revenue by source, as a whole-department form's piped grid gives it (ninth trial):

    年度收入情况(万元) | 机构名称 | 收入合计 | 其中: | 上年结转 | 公共财 政拨款 | 政府基金拨款 |
    纳入专户管理的非税收入拨款 | 其他 收入 | 团区委 | 70.183715 | 0 | 68.683715 | 0 | 0 | 1.5

Its header is split by a 其中: cell and by the empty cells of the ``||||`` lines between
rows, and its unit is in the caption a few cells above, which the general table rule
(``tables``) does not see. The row after the heads, a label and one figure per head, is read
only where its parts add up exactly to its 收入合计: each cell is then the kind its head says
(上年结转 CARRY_OVER, the rest REVENUE). A row whose parts do not add up, or that has fewer
figures than heads, is listed unread: no column is guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govkg.ingest.facts import cite
from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.tableunits import cell_unit
from govkg.ingest.text.numbers import yuan
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_source_grids"]

RULE = "money-table"
_CELL = re.compile(r"[^|\n]+")
_TOTAL = "收入合计"
_HEADS = (
    ("CARRY_OVER", re.compile(r"上年结转(?:和结余)?")),
    ("REVENUE", re.compile(r"(?:公共财政|政府性?基金|[^|]{2,14}非税收入|财政)拨款|其他收入")),
)
_SKIPPED = re.compile(r"其中[:：]?")
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
REACH = 8  # cells back from the header to its caption's unit
REASON = (
    "a cell of a revenue-by-source table in {unit} whose parts do not add up to its 收入合计 "
    "or are fewer than its heads: its column is not certain, so it is not read"
)


def find_source_grids(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """The cells of each revenue-by-source grid of the text (see above)."""
    text = simplified(view.text)
    cells = [(m.start(), m.end(), re.sub(r"\s+", "", m.group())) for m in _CELL.finditer(text)]
    cells = [c for c in cells if c[2]]  # the ||||-lines' empty cells hold no column
    for at, (_, _, words) in enumerate(cells):
        if words != _TOTAL:
            continue
        kinds, heads, end = ["REVENUE"], [words], at + 1
        while end < len(cells) and (_SKIPPED.fullmatch(cells[end][2]) or _head(cells[end][2])):
            if kind := _head(cells[end][2]):
                kinds.append(kind)
                heads.append(cells[end][2])
            end += 1
        unit = next((u for c in cells[max(0, at - REACH) : at] if (u := cell_unit(c[2]))), None)
        if len(kinds) < 3 or unit is None or end >= len(cells):
            continue
        label, row = cells[end], cells[end + 1 : end + 1 + len(kinds)]
        if not all(_FIGURE.fullmatch(c[2]) for c in row):
            row = [c for c in row if _FIGURE.fullmatch(c[2])]
        amounts = [yuan(c[2], unit) for c in row]
        whole = len(row) == len(kinds) and amounts[0] == sum(amounts[1:], start=0 * amounts[0])
        for (start, stop, figure), kind, head in zip(row, kinds, heads, strict=False):
            yield MoneyFound(
                rule=RULE,
                cites=(cite(view, label[0], stop),),
                amount=yuan(figure, unit),
                figure=figure,
                unit=unit,
                as_written=cite(view, start, stop).quote,
                kind=kind if whole else None,
                label=f"{label[2]} {head}",
                year=year,
                reason=None if whole else REASON.format(unit=unit),
            )


def _head(words: str) -> str | None:
    return next((kind for kind, pattern in _HEADS if pattern.fullmatch(words)), None)
