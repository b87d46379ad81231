"""The spending lines of a spending budget are budgeted, not spent.

A budget note states its spending budget and lists its lines under 其中, each named by its
class of spending ((二)支出预算:2022年年初预算数1,418.44 万元,其中:科学技术支出1,074.83万元,
社会保障和就业支出137.69万元,…住房保障支出35.97万元: forty-ninth trial's 780). The 支出 of
a line's name says what the budget is for, not that the money was spent: the amount is the
budget's line, BUDGET, as the revenue lines of a revenue budget are (``budgetedrevenue``).
Only where the sentence before the 其中 names the spending budget (支出预算, 预算支出) and
its total is read as a budget; a 决算's 本年支出合计…其中:基本支出… stays spent, and so does
an item whose words say more than a class's name (其中:实际支出…, 已支出…).
"""

from __future__ import annotations

import re

from govkg.ingest.kinds.partkinds import kind_of_total
from govkg.ingest.text.lastmatch import last

__all__ = ["budgeted_spending_kind"]

_ITEM_CUT = re.compile(r"[、，,；;：:]")
_SPENDING_LINE = re.compile(
    r"^\s*(?![^支]*(?:实际|已|决算|执行|完成|累计))[\u4e00-\u9fff“”\"（）()]{0,16}?支出\s*[为是]?\s*$"
)
"""An item that is only a spending line's name: 科学技术支出, 社会保障和就业支出, 基本支出."""
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_AMONG = re.compile(r"其中")
_SPENDING_BUDGET = re.compile(r"支出预算|预算支出")
_ACCOUNTS = re.compile(r"决算|实际|执行")
_FUND_BUDGET = re.compile(r"一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算")
"""A fund's name (一般公共预算支出 is the fund's spending): no spending budget by itself."""


def budgeted_spending_kind(
    text: str, start: int, own: str, kind: str | None, kinds: list[tuple[int, str | None]]
) -> str | None:
    """BUDGET for a spending line listed under 其中 after a spending budget's total (see
    above); else ``kind``."""
    if kind != "SPENDING":
        return kind
    cuts = list(_ITEM_CUT.finditer(own))
    item = own[cuts[-1].end() :] if cuts else own
    if not _SPENDING_LINE.match(item):
        return kind
    sentence = last(_SENTENCE_END, text, max(0, start - 200), start)
    low = sentence.end() if sentence else max(0, start - 200)
    among = last(_AMONG, text, low, start)
    if among is None:
        return kind
    lead = _FUND_BUDGET.sub("", text[low : among.start()])
    if not _SPENDING_BUDGET.search(lead) or _ACCOUNTS.search(lead):
        return kind
    return "BUDGET" if kind_of_total(text, start, kinds) == "BUDGET" else kind
