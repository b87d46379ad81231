"""The sources a carry-over total is said to come from are carried over too (trial 59).

A Chongqing budget note lists its revenue budget's sources twice, once for the year's own
revenue and once for what last year carried over, each list opened after its total (trial
59's 1134, a district office's 2025 单位预算情况说明):

    其中:本年收入522.61万元,主要是一般公共预算拨款522.61万元,政府性基金预算拨款0万元,…,
    其他收入0万元;上年结转收入0万元,主要是一般公共预算拨款0万元,政府性基金预算拨款0万元,
    国有资本经营预算收入0万元,财政专户管理资金收入0万元,事业收入0万元,其他收入0万元。

The second list's sources are named as revenue lines (…拨款, …收入), so the note's budget
reading made them BUDGET; but they are the parts of the 上年结转(收入) total before them,
money carried over, CARRY_OVER as that total is. Read so only where the carry-over's figure
opens the list with 主要是, 其中 or 包括 right after it, every item from there to the amount
is a name and its figure (separated by ，、), the amount's own item names a source and no act
or change on the money (较, 增加, 减少, 用于, 支出…), and the list has not ended (。；
or a line's end): the first list's sources (本年收入…主要是…) and a carry-over said 主要用于…
keep their readings.
"""

from __future__ import annotations

import re

from govkg.ingest.text.lastmatch import last
from govkg.ingest.text.numbers import NUMBER

__all__ = ["carry_source_kind"]

_LIST_END = re.compile(r"[。；;！？!?\n]")
_OPENED = re.compile(
    rf"上年结转(?:结余)?(?:收入|资金)?\s*(?:为|是)?\s*{NUMBER}\s*万?元\s*[，,]\s*"
    r"(?:主要是|主要包括|其中\s*[:：]?|包括\s*[:：]?)"
)
"""A carry-over's total opening a list of its sources: 上年结转收入0万元,主要是…"""
_ITEM = re.compile(rf"[^，,、。；;：:\d\n]{{1,24}}?{NUMBER}\s*万?元\s*[，,、]\s*")
"""One earlier item of the list: a name, its figure, the mark before the next."""
_SOURCE = re.compile(r"^[^，,、。；;：:\d\n]{1,24}?(?:拨款|收入|资金)\s*$")
"""The amount's own item: a source's name only (一般公共预算拨款, 事业收入, 其他收入)."""
_ACT = re.compile(r"较|比|增加|减少|增长|下降|用于|支出|支付|结余下年|结转下年")
_REACH = 400


def carry_source_kind(text: str, start: int, kind: str | None) -> str | None:
    """CARRY_OVER for a source listed after a carry-over's total (see above); else ``kind``."""
    if kind not in (None, "BUDGET", "REVENUE"):
        return kind
    low = max(0, start - _REACH)
    ended = last(_LIST_END, text, low, start)
    low = ended.end() if ended else low
    opened = last(_OPENED, text, low, start)
    if opened is None:
        return kind
    at = opened.end()
    while (earlier := _ITEM.match(text, at, start)) is not None:  # the items before this one
        if _ACT.search(earlier.group()):
            return kind
        at = earlier.end()
    item = text[at:start]
    if not _SOURCE.match(item) or _ACT.search(item):
        return kind
    return "CARRY_OVER"
