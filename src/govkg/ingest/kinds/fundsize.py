"""A fund's size, said 规模 right before its figure, is the money set for it: a budget.

A fund evaluation tells how the fund was set up, its size first (trial 55's 983, 湖南省两型社会
建设专项资金's self-evaluation):

    2011年8月省委常委会第23次会议明确设立两型社会建设专项资金,规模为5000万元,纳入当年省长预备金

规模为 names no act (neither spent nor received), so the figure was left unread; but the size of
a fund set up or approved (设立…专项资金,规模为…; 中央核定我省粮食风险基金规模为…; 总资金规模…)
is the money set for it, as an allocation is: BUDGET. Read so only where the amount is unread and
its own words, in its sentence, name a fund (资金 / 基金) and end on its 规模 with at most 为 /
是 / 达 / 约 after; a 规模 of works (建设规模, 投资规模 naming no fund), 超规模 (past the size: its
words name another act) and a figure another word names keep their readings.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN

__all__ = ["fund_size_kind"]

_SIZE = re.compile(
    r"(?:资\s*金|基\s*金)[^。；;！？!?\n]{0,8}?(?<!超)规\s*模\s*(?:为|是|达到?|约为?|共计|合计|总计)?\s*$"
)
"""A fund's name, then its 规模 right before the figure: 专项资金,规模为 / 基金规模为 / 资金规模."""


def fund_size_kind(own: str, kind: str | None) -> str | None:
    """BUDGET for a fund's size said 规模 before its figure (see above); else ``kind``."""
    if kind is not None:
        return kind
    return "BUDGET" if _SIZE.search(PINYIN.sub("", own)) else kind
