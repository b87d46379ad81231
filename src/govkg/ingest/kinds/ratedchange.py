"""A figure a bare verb of change opens, proven a change by its rate or its average (trial 62).

A bare 下降 / 减少 / 增加 before a figure names no change by itself (降低成本; the frame of a
comparison, 较上年…, is what ``kindwords`` reads), but two ways of saying it leave no doubt that
the figure is by how much a sum moved, not the sum:

- its rate of change said right after it, after a comma (从化区下降543万元,降幅达58.6%: trial 62's
  1265, a news item on eleven districts' 三公 决算, listed unread before; 减少12万元,下降8%);
- an average of several bodies' changes (10个区平均下降达239.36万元: 1265, read as the 会议费
  决算 its clause names before): an average of falls is no level.

Both CHANGE. A figure followed by a share (增加12万元,占总支出的5%), a rate of something else
(…,执行率95%), or nothing, keeps its reading; so does a rate per person (人均增加).
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN

__all__ = ["rated_change_kind"]

_VERB = r"(?:下降|减少|增加|增长|上升|降低)"
_VERB_BEFORE = re.compile(rf"(?<![人户均每]){_VERB}了?\s*(?:达到?|约)?\s*$")
"""The bare verb right before the figure (下降543万元, 减少了12万元)."""
_AVERAGE_BEFORE = re.compile(rf"(?<![人户])平均\s*{_VERB}了?\s*(?:达到?|约)?\s*$")
"""An average change right before the figure (平均下降达239.36万元)."""
_RATE_AFTER = re.compile(
    rf"\s*[，,]\s*(?:降幅|增幅|涨幅|减幅|{_VERB}(?:幅度)?)(?:了|为|达到?|是|约|在)?\s*"
    r"\d{1,4}(?:\.\d+)?\s*[%％]"
)
"""Its rate of change right after it: ,降幅达58.6%; ,下降8%; ,增长幅度为3.5%."""
_REACH = 12


def rated_change_kind(text: str, start: int, end: int, kind: str | None) -> str | None:
    """CHANGE for a figure after a bare verb of change whose rate follows it, or after an
    average's verb (see above); else ``kind``."""
    if kind == "CHANGE":
        return kind
    before = PINYIN.sub("", text[max(0, start - _REACH) : start])
    if _AVERAGE_BEFORE.search(before):
        return "CHANGE"
    if _VERB_BEFORE.search(before) and _RATE_AFTER.match(PINYIN.sub("", text[end : end + 30])):
        return "CHANGE"
    return kind
