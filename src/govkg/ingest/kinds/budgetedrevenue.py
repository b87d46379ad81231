"""The revenue lines of a revenue budget are budgeted revenue, not revenue received.

A budget note states its revenue budget and lists its lines under 其中 ((一)收入预算:2025年年
初预算数419.80万元,其中:一般公共预算拨款419.80万元,…事业收入0万元,其他收入0万元: forty-
seventh trial). The lines named by their 预算 are read as the budget already; 事业收入,
事业单位经营收入, 其他收入 are the same budget's lines, named by what the revenue is, and the
amount is what the budget expects, BUDGET. Only where the sentence before the 其中 names the
revenue budget (收入预算, 预算收入) and its total is read as a budget: a 决算's 本年收入合计…其中
事业收入… stays revenue.

Trial 51's 835 (a 管理局's 2012 budget items, untitled): a revenue class's budget stated in a
sentence of its own, its lines in the next one opening on 其中 (…(二)非税收入:指…。2012年预算
安排75万元。其中:国有资源(资产)有偿使用收入75万元): 。其中 continues the statement before
it, whose 预算安排 names the budget as 收入预算 does, and a line's name may hold its brackets
(国有资源(资产)有偿使用收入). A 决算's 。其中 after 本年收入… and a 预算 named in no such words
stay as they were.
"""

from __future__ import annotations

import re

from govkg.ingest.kinds.partkinds import kind_of_total
from govkg.ingest.text.lastmatch import last

__all__ = ["budgeted_revenue_kind"]

_ITEM_CUT = re.compile(r"[、，,；;：:]")
_REVENUE_LINE = re.compile(
    r"^\s*(?:[\u4e00-\u9fff]|[(（][\u4e00-\u9fff]{1,6}[)）]){0,16}?收入\s*[为是]?\s*$"
)
"""An item that is only a revenue line's name: 事业收入, 事业单位经营收入, 其他收入,
国有资源(资产)有偿使用收入."""
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_AMONG = re.compile(r"其中")
_REVENUE_BUDGET = re.compile(r"收入预算|预算收入|预算安排")
_CONTINUED = re.compile(r"[。！？!?\n]\s*其中")
"""。其中: the lines of the statement before the full stop."""


def budgeted_revenue_kind(
    text: str, start: int, own: str, kind: str | None, kinds: list[tuple[int, str | None]]
) -> str | None:
    """BUDGET for a revenue line listed under 其中 after a revenue budget's total (see
    above); else ``kind``."""
    if kind != "REVENUE":
        return kind
    cuts = list(_ITEM_CUT.finditer(own))
    item = own[cuts[-1].end() :] if cuts else own
    if not _REVENUE_LINE.match(item):
        return kind
    sentence = last(_SENTENCE_END, text, max(0, start - 200), start)
    low = sentence.end() if sentence else max(0, start - 200)
    if sentence and _CONTINUED.match(text, sentence.start()) and sentence.group() != "\n":
        before = last(_SENTENCE_END, text, max(0, start - 200), sentence.start())
        low = before.end() if before else max(0, start - 200)  # …预算安排75万元。其中:…
    among = last(_AMONG, text, low, start)
    if among is None or not _REVENUE_BUDGET.search(text, low, among.start()):
        return kind
    return "BUDGET" if kind_of_total(text, start, kinds) == "BUDGET" else kind
