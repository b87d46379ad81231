"""The sources a budget's total is said to come from are parts of that budget (fortieth trial).

A project report states its budget and then where it comes from, in one sentence:
示范项目总预算36,620万元,经调整后资金的来源为:中央财政补助10,000万元,省级财政补助5,000万元,…,
其他资金渠道5700万元. The 补助 and 资金来源 of each source were read as money received; the
sentence says what the budget is made of, not what arrived (the report states 已到位 in its
own next sentence). An amount after a 来源为: whose sentence, before the 来源, holds an amount
read as the budget, is that budget, where no item on the way names an act (到位, 到账,
收到, 拨付, 支出, 使用: 资金来源:中央补助50万元,已到位50万元 keeps the arrival).
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.text.lastmatch import last as _last

__all__ = ["budget_sources_kind"]

_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
_SOURCES_LEAD = re.compile(r"(?:资金)?的?来源(?:为|是|如下)?\s*[：:]")
_ACT = re.compile(r"到位|到账|收到|拨付|下拨|支出|使用|执行|结转|结余")
REACH = 200  # characters before the amount looked at for its sentence


def budget_sources_kind(
    text: str, start: int, kind: str | None, kinds: list[tuple[int, str | None]]
) -> str | None:
    """BUDGET for the amount at ``start`` listed among the sources of a budget its sentence
    states before them (see above); else ``kind``. ``kinds``: (end, kind) of each amount
    before it."""
    if kind not in (None, "REVENUE"):
        return kind
    low = max(0, start - REACH)
    cut = _last(_SENTENCE_END, text, low, start)
    sentence_start = cut.end() if cut else low
    lead = _last(_SOURCES_LEAD, text, sentence_start, start)
    if lead is None or _ACT.search(PINYIN.sub("", text[lead.end() : start])):
        return kind
    budgeted = any(sentence_start < end <= lead.start() and read == "BUDGET" for end, read in kinds)
    return "BUDGET" if budgeted else kind
