"""Rule ``summed-items``: a table of items one cell a line, one money head carrying its unit,
read where the items add up to the table's 合计 row (thirty-fourth trial).

A county's project form (Yueyang's template, 446) itemises what was spent one cell a line,
its empty cells dropped::

    支出内容
    实际支出数(万元)
    会计凭证号
    备注
    办公费
    9.6
    …
    拨出经费
    11
    支出合计
    46.5

One money head stands among heads that are no money (会计凭证号, 备注), so no column rule
reads it: the decimal cells were listed unread and a whole one (11) was lost. The table
proves its cells itself: the items add up to the 合计 row (9.6 + 8.5 + 1.5 + 15.9 + 11 = 46.5).
Here such a table is one that opens on a label head (支出内容, 项目, 明细…) with, within the
next heads, exactly one money head carrying its unit (实际支出数(万元)) whose words name a
kind (``kindwords.kind_of``); each item is a line of words right before a line that is one
figure; lines between (a voucher's number, a remark) are passed over. Each item and the
合计 are read in the head's unit and kind only where two items or more add up exactly to
the 合计's figure. A table without a unit on its head (a form that states none), a 合计 the
items miss, or a second figure after one item reads nothing here: its cells stay as the
other rules list them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govkg.ingest.kinds.kindwords import kind_of
from govkg.ingest.kinds.money import MoneyFound
from govkg.ingest.tables.cellfound import cell_found
from govkg.ingest.text.numbers import number_value
from govkg.ingest.text.simplified import simplified
from govkg.ingest.text.textview import TextView

__all__ = ["find_summed_items"]

RULE = "money-table"
_LINE = re.compile(r"[^\n]*\S[^\n]*")
_LABEL_HEAD = re.compile(r"(?:支出|费用|开支|明细)?(?:内容|项目|科目|名称|事项)")
_MONEY_HEAD = re.compile(r"(?P<words>[\u4e00-\u9fff]{2,12}?)\s*[（(](?P<unit>万元|元)[)）]")
_HEAD = re.compile(r"[\u4e00-\u9fff]{2,8}")  # a head that is no money: 会计凭证号, 备注
_FIGURE = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d{1,9})(?:\.\d{1,6})?")
_TOTAL = re.compile(r"(?:支出|费用)?(?:合计|总计)")
_ITEM = re.compile(r"[^\n。；;|]{0,30}[\u4e00-\u9fff][^\n。；;|]{0,30}")
_END = re.compile(r"[。；;]|^[一二三四五六七八九十]+[、.．]|^[（(][一二三四五六七八九十]+[)）]")
HEADS = 4  # head lines after the label head looked at
MAX_LINES = 120  # lines of one table


def find_summed_items(view: TextView, year: int | None) -> Iterator[MoneyFound]:
    """The items and the 合计 of each such table (see above) whose sum holds."""
    text = simplified(view.text)
    lines = [
        (m.group().strip(), m.start() + len(m.group()) - len(m.group().lstrip()))
        for m in _LINE.finditer(text)
    ]
    for at, (line, _) in enumerate(lines):
        if not _LABEL_HEAD.fullmatch(line):
            continue
        head = _money_head([words for words, _ in lines[at + 1 : at + 1 + HEADS]])
        if head is None:
            continue
        index, words, unit = head
        kind = kind_of(words)
        if kind is None or kind == "OTHER":
            continue
        found = _items(lines[at + 2 + index : at + 2 + index + MAX_LINES])
        if found is None:
            continue
        items, total = found
        if len(items) < 2 or sum(number_value(f) for _, f, _ in items) != number_value(total[1]):
            continue
        for label, figure, start in [*items, total]:
            yield cell_found(
                view,
                start,
                start + len(figure),
                figure,
                unit,
                rule=RULE,
                year=year,
                kind=kind,
                label=f"{label} {words}",
            )


def _money_head(heads: list[str]) -> tuple[int, str, str] | None:
    """The money head among the heads after the label head (its index, words and unit): the
    first head carrying its unit, every head before it one of words only."""
    for at, head in enumerate(heads):
        if found := _MONEY_HEAD.fullmatch(head):
            return at, found["words"], found["unit"]
        if not _HEAD.fullmatch(head):
            return None
    return None


def _items(lines: list[tuple[str, int]]):
    """The items (label, figure, offset) up to the 合计 row, and that row: each item the
    last line of words before a line that is one figure (the heads that are no money, a
    voucher's number or a remark are passed over). None where the table ends before its
    合计 (a sentence, a heading) or a figure follows no line of words (a second column)."""
    items: list[tuple[str, str, int]] = []
    label = None
    for line, start in lines:
        if _FIGURE.fullmatch(line):
            if label is None:
                return None
            if _TOTAL.fullmatch(label):
                return items, (label, line, start)
            items.append((label, line, start))
            label = None
        elif _END.search(line) or not _ITEM.fullmatch(line):
            return None
        else:
            label = line
    return None
