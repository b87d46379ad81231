"""Rule ``three-public-title``: a 三公 note's title says whose money its items are
(thirteenth trial).

A 三公 note may state each item in a section of its own, with no total before it and a
heading that names only the item ("二、公务接待费 / 2015年公务接待费9.95万元,较2014年决算数下降
5.5%"): ``threepublicitems`` finds no total, ``threepublicsection`` no heading of the 三公
经费. The note's title still says what it states: "样例镇2015年“三公”经费支出说明", "…“三公”
经费决算说明" states the year's spending. An item whose kind is open takes SPENDING where
the text's first line is a 三公 note's title (``threepublic``) that names 支出 or 决算 and not
预算 (a budget note, "…“三公”经费预算情况说明", or one of both, names 预算), and every amount
read before the item is SPENDING (figures compared with left out).
"""

from __future__ import annotations

import re

from govkg.ingest.threepublic import NOTE_TITLE
from govkg.ingest.threepublicsummed import opens_on_summed_spending

__all__ = ["title_kind"]

_FIRST_LINE = re.compile(r"[^\s][^\n]*")
TITLE_REACH = 200  # characters in which the first line starts


def title_kind(text: str, kind: str | None, read: set[str]) -> str | None:
    """SPENDING for an open item of a note titled as spending (see above); else ``kind``.
    ``read``: the kinds of the amounts read before the item."""
    if kind is None and not read - {"SPENDING", "CHANGE"} and opens_on_summed_spending(text):
        return "SPENDING"  # 经样例区财政局汇总,2017年区级“三公”经费…支出… (fifteenth trial)
    if kind is not None or read - {"SPENDING"}:
        return kind
    first = _FIRST_LINE.search(text[:TITLE_REACH])
    if first is None:
        return kind
    title = first.group()
    if not re.search(NOTE_TITLE, title) or "预算" in title or not re.search("支出|决算", title):
        return kind
    return "SPENDING"
