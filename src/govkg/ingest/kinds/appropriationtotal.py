"""An appropriation named right before its figure, and no other word, is money received
(forty-third trial).

A project report's section on its funds says what the finance bureau gave:

    (1)资金到位情况 … 2、财政拨款总额153.550567万元。

财政拨款 is the appropriation, the money a unit receives from the treasury (a 决算 counts it
as 财政拨款收入); named alone before a figure, with a total's word at most (总额, 合计, 共计),
it is REVENUE, as ``allocated.appropriation_after`` reads it said after the figure, where
it stands in a section whose heading names funds in place ((1)资金到位情况: the section says
what came in). Under a heading of the budget handed down or of the funds' input
(下达预算及项目情况, 资金投入情况) the same words are the budget given (the corpus's 69), and
the rules there read them. Read so only where no word named the amount's kind: 财政拨款支出
(spent), 财政拨款结转 (carried), 财政拨款预算 / 一般公共预算财政拨款 (a budget's words),
财政拨款增加 (a change) name their own, and 使用财政拨款 names the act.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.text.headingabove import heading_above

__all__ = ["appropriation_total_kind"]

_APPROPRIATION = re.compile(
    r"财政拨款\s*(?:资金)?\s*(?:总额|总计|合计|共计|共|总数)?\s*[为是：:]?\s*(?:人民币)?\s*$"
)


_SECTION_HEADING = re.compile(
    r"(?m)^[^\S\n]*(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|[一二三四五六七八九十]{1,3}\s*[、.．])"
    r"[^\n]*"
)
"""A section's heading line: (一), (1), 一、 (a numbered item 1、 is a line under it)."""
_ARRIVAL = re.compile(r"到位|到账")
REACH = 400  # characters looked back for the section's heading


def appropriation_total_kind(text: str, start: int, own: str, kind: str | None) -> str | None:
    """REVENUE for an unread amount right after 财政拨款 in a section of funds in place (see
    above); else ``kind``."""
    if kind is not None or not _APPROPRIATION.search(PINYIN.sub("", own)):
        return kind
    heading = heading_above(_SECTION_HEADING, text, start, REACH)  # its own line included
    return "REVENUE" if heading and _ARRIVAL.search(PINYIN.sub("", heading.group())) else kind
