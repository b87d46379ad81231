"""Rule ``due-list``: the fees listed after 待支付…: are payments still to make (thirtieth trial).

A project's overview says what is paid and then lists what is still owed, fee by fee, with
their sum:

    …已支付施工费5,373,303.46元，待支付前期费：预算审核费55,055元、…设计费496,697.5元、
    预算编制费51,025元.结算审核费61,900元、监理费80%382,800元，…合计1,356,090.00元

待支付 governs the list its colon opens: each fee is a payment still to make, PLANNED, and so
is their 合计. The fees' names hold words of other kinds (预算审核费, 预算编制费: the fee for
drawing up or checking a budget, not a budget), which read them as budgets, and a fee named
by no such word was left unread.

Read so only where the lead before the colon says the money is yet to be paid (待支付, 未支付,
尚需支付, 需支付, 未付…) and, from the colon to the amount, every item is a fee's name (ending
in 费, a percent of it may follow: 监理费80%) or a 合计 / 共计 / 小计, the items parted by
、，, or a point: an item saying anything else (已支付…, 其中…) leaves the whole list to the
words before each amount, and a list of what was paid (已支付前期费：…) is not touched.
"""

from __future__ import annotations

import re

__all__ = ["due_list_kind"]

REACH = 400  # characters back in which the list's lead is looked for
_CLAUSE_END = re.compile(r"[。；;！？!?\n]")
_DUE_LEAD = re.compile(
    r"(?:尚?待|尚?未|[尚还仍]需|需要?)支?付[^\d，,。；;：:、]{0,12}[：:]"
)
_FIGURE = re.compile(r"\d[\d,，.]*\s*(?:亿元|万元|元)")
_ITEM = re.compile(
    r"[、，,.．\s]*(?:[^\d，,。；;：:、.．%]{1,24}?费(?:\d+(?:\.\d+)?%)?|合计|共计|小计|总计)\s*"
)

_ACT = re.compile(r"已|实际|支付|支出|付款|拨|到位|到账|收到|其中")
"""An item saying what was done with money (已支付设计费): no fee still due."""


def due_list_kind(text: str, start: int, kind: str | None) -> str | None:
    """PLANNED for an item (or the 合计) of a list of fees still to pay (see above); else
    ``kind``."""
    low = max(0, start - REACH)
    ends = [m.end() for m in _CLAUSE_END.finditer(text, low, start)]
    clause = ends[-1] if ends else low
    leads = list(_DUE_LEAD.finditer(text, clause, start))
    if not leads:
        return kind
    items = text[leads[-1].end() : start]
    pieces = _FIGURE.split(items)
    if all(_ITEM.fullmatch(piece) and not _ACT.search(piece) for piece in pieces):
        return "PLANNED"
    return kind
