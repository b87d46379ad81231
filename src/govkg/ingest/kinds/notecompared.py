"""A budget note's figure compared with is last year's budget; the rise or fall after it, a
change (trial 63).

A department's budget note compares each figure it budgets with the year before's, writing
last year's figure between the 较上年 and the change (2017年保山日报社部门财务总收入1236.28万元,
较上年1102.54万元增133.74万元,…; 1、工资福利支出529.21万元,较上年316.61万元增加212.60万元:
trial 63's 1290, a newspaper's 2017 budget note). The figure after 较上年 is last year's of
the same line, and a budget note's lines are budgets: last year's budget (BUDGET, of the year
before the note's), not the revenue or spending its line's words name (the guard of
``budgetsection`` leaves 上年 figures as read). The figure after it, said with a bare 增 / 减
(or 增支, 减支, 增加, 减少), is the change between the two (CHANGE), not the line's money:
the 增 names no money of its own and the clause's 收入 or 支出 was read for it.

Only in a budget note (``budgetnote``: a 决算's 较上年决算数… stays as read), only a figure
right after 较上年 / 比上年 / 与上年 / 较去年 (同期, 的) with nothing else between, and only
where a rise or fall and a second figure follow it right away: a figure compared with a
year named by its number, or one whose change is a percent (较上年120万元增长5%), is left as
read; so is a 较上年 figure already read as CHANGE (较上年增加10万元: the change itself).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from govkg.ingest.kinds.budgetnote import budget_note_year, undated_budget_note
from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.text.simplified import simplified

__all__ = ["note_compared"]

_COMPARED_WITH = re.compile(r"(?:较|比|与)\s*(?:上年|上一年|去年)度?(?:同期)?的?\s*$")
"""The words right before last year's figure: 较上年, 比上年同期, 与去年的."""
_CHANGED = re.compile(r"\s*(?:增|减)(?:加|少|支)?了?\s*$")
"""The words between last year's figure and the change: a bare 增 / 减, 增支, 增加, 减少."""
_BARE_CHANGE = re.compile(
    r"(?:较|比)\s*(?:上年|上一年|去年)度?\d+(?:\.\d+)?\s*(?:增|减)(?:加|少|支)?了?\s*$"
)
"""A change after last year's figure written without its unit (较上年904.54增165.52万元)."""
REACH = 12  # characters before a figure in which its 较上年 is looked for


def _start(amount) -> int:
    """Where the amount's figure starts in the source."""
    return amount.cites[0].end - len(amount.as_written)


def note_compared(source: str, found: Iterable) -> Iterator:
    """``found`` (``money.MoneyFound``) in order, a budget note's figure compared with read as
    last year's budget and the change after it as a change (see above)."""
    money = list(found)
    text = simplified(source)  # one character for one: the figures' offsets hold
    year = budget_note_year(text)
    if year is None and not undated_budget_note(text):
        yield from money
        return
    changed: dict[int, object] = {}
    for at, amount in enumerate(money):
        start = _start(amount)
        before = PINYIN.sub("", text[max(0, start - REACH) : start])
        if amount.kind not in ("CHANGE", None) and _BARE_CHANGE.search(before):
            changed[at] = replace(amount, kind="CHANGE")
            continue
        if at + 1 >= len(money) or amount.kind in ("CHANGE", None):
            continue
        after = money[at + 1]
        between = PINYIN.sub("", text[amount.cites[0].end : _start(after)])
        if not _COMPARED_WITH.search(before) or not _CHANGED.fullmatch(between):
            continue
        last_year = year - 1 if year is not None else None
        changed[at] = replace(amount, kind="BUDGET", year=last_year)
        if after.kind is not None:
            changed[at + 1] = replace(after, kind="CHANGE")
    for at, amount in enumerate(money):
        yield changed.get(at, amount)
