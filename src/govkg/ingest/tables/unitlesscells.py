"""The cells under a money head of a table that states no unit: listed unread, never lost
(forty-fifth trial).

A county's project form (Yueyang's template: the corpus's 280, 528, 617; the trial's 675)
declares 万元 in its funds heads, then itemises what was spent in a second table whose heads
and caption state no unit at all, one cell a line (piped or not)::

    二、项目支出明细情况 |
    支出内容 |
    实际支出数 |
    会计凭证号 |
    备注 |
    2016年1月城乡低保 |
    70.2 |
    1月31日42、43号凭证 |

The form's 万元 is not this table's: the same template writes its items in 元 (528's 488000
under 实际支出 89万元 above), so no unit may be guessed, and the cells were neither read nor
listed. Here such a table is one that opens on a label head (支出内容, 项目, 明细…) with,
within the next heads, exactly one money head whose words name a kind (``kindwords.kind_of``)
and carry no unit, the other heads words of no money (会计凭证号, 备注), and no unit in the
caption above. Each row's figure (a cell that is one figure, right after a cell of words)
is listed unread, its amount not given (0 stands for none), its reason saying the table
states no unit. A head carrying its unit (``summeditems``), a unit in the caption
(``declaredcells``), a cell of several figures or a figure with a unit of its own is not
this pattern. Reading stops at a heading, a sentence's end, a unit or a score grid.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from govkg.ingest.kinds.kindwords import kind_of
from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_unitless_cells"]

RULE = "money-table"
_CELL = re.compile(r"[^|\n]+")
_LABEL_HEAD = re.compile(r"(?:支出|费用|开支|明细)?(?:内容|项目|科目|名称|事项)")
_HEAD = re.compile(r"[\u4e00-\u9fff]{2,8}")  # a head of words only: 实际支出数, 会计凭证号
_UNIT = re.compile(r"万元|亿元|(?<![\u4e00-\u9fff])元|单位[：:]")
_NOT_MONEY_HEAD = re.compile(r"率|得分|分值|权重|编号|凭证|备注|说明|原因|日期|时间|人数|数量")
_FIGURE = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d{1,9})(?:\.\d{1,6})?")
_END = re.compile(
    r"[。；;]|^[一二三四五六七八九十]+[、.．]|^[（(][一二三四五六七八九十]+[)）]|指标|目标|得分"
)
HEADS = 4  # heads after the label head at most
CAPTION = 2  # cells before the label head in which a caption would state a unit
MAX_CELLS = 160  # cells of one table
REASON = (
    "a cell under the head {head} of a table whose caption and heads state no unit (a form's "
    "other tables may state one, but not this one's): no amount is given (0 stands for none); "
    "not read"
)


def find_unitless_cells(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """Each row's figure of each such table (see above), listed unread."""
    text = simplified(view.text)
    cells = [
        (m.group().strip(), m.start() + len(m.group()) - len(m.group().lstrip()))
        for m in _CELL.finditer(text)
        if m.group().strip()
    ]
    for at, (cell, _) in enumerate(cells):
        if not _LABEL_HEAD.fullmatch(cell):
            continue
        if any(_UNIT.search(c) for c, _ in cells[max(0, at - CAPTION) : at]):
            continue  # a caption stating the unit (单位金额:万元): ``declaredcells``' table
        heads = _heads([c for c, _ in cells[at + 1 : at + 3 + HEADS]])
        if heads is None:
            continue
        count, head = heads
        rows = cells[at + 1 + count : at + 1 + count + MAX_CELLS]
        for label, figure, start in _row_figures(rows):
            found = cell_found(
                view,
                start,
                start + len(figure),
                "0",
                "元",
                rule=RULE,
                year=year,
                label=f"{label} {head}",
                reason=REASON.format(head=head),
            )
            yield replace(found, figure=figure)


def _heads(after: list[str]) -> tuple[int, str] | None:
    """How many heads follow the label head and the one money head among them, or None. The
    heads are the cells of words before the first row (the cells before its figure, less its
    label): each words only with no unit, exactly one of them naming a kind of money."""
    first = next((i for i, cell in enumerate(after) if _FIGURE.fullmatch(cell)), None)
    if first is None or first < 3:
        return None  # two heads or more, then a row's label
    heads = after[: first - 1]
    if not all(_HEAD.fullmatch(h) and not _LABEL_HEAD.fullmatch(h) for h in heads):
        return None
    money = [h for h in heads if not _NOT_MONEY_HEAD.search(h) and _names_money(h)]
    return (len(heads), money[0]) if len(money) == 1 else None


def _names_money(head: str) -> bool:
    return kind_of(head) not in (None, "OTHER")


def _row_figures(cells: list[tuple[str, int]]) -> Iterator[tuple[str, str, int]]:
    """Each figure that is a cell of its own right after a cell of words, up to the table's
    end (a heading, a sentence, a unit, a score grid)."""
    before = None
    for cell, start in cells:
        if _END.search(cell) or _UNIT.search(cell):
            return
        if _FIGURE.fullmatch(cell) and before and re.search(r"[\u4e00-\u9fff]", before):
            yield before, cell, start
        before = cell
