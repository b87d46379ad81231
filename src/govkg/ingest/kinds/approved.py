"""Amounts a 批复 (an approval) governs are a budget, and so are the items it lists.

Reports state what a finance bureau approved in one sentence: …批复州政务服务局…预算项目9个,
项目经费共计403.56万元,具体包括:政务服务平台运行经费25.11万元、…维护管理经费68万元. The
经费 of each item's name says what the money is for, not that it was spent: approved is a
budget. An amount after 批复 in its sentence is BUDGET where no word between them says it
was spent, executed, received, carried over or changed (支出, 执行, 使用, 到位, 结转, 增加…).

The items a 包括 lists after a total take the total's kind only where they add up to it,
to the yuan (Decimal); where they do not, they are listed unread, saying so. Kept apart from
``money`` (a module of its size); ``contextkinds`` asks it.
"""

from __future__ import annotations

import re
from decimal import Decimal

from govkg.ingest.text.amounts import amounts
from govkg.ingest.text.sentences import sentence_end, sentence_start

__all__ = ["approved_kind"]

_APPROVED = "批复"
_OTHER_ACT = re.compile(
    r"支出|执行|支付|列支|使用|花费|开支|决算|完成|实际|到位|到账|拨付|收入|收到|结转|结余"
    r"|增加|减少|增长|下降|中标|合同|节约|计划|需要"
)
_LISTS = re.compile(r"(?:具体)?包括[:：]?")
REACH = 600
NOT_ADDING_UP = (
    "an item listed (包括…) under an approved total that its items do not add up to: "
    "which of them the approval covers is not said"
)


def approved_kind(text: str, start: int, kind: str | None) -> tuple[str | None, str | None]:
    """(BUDGET, None) for an amount a 批复 of its sentence governs; (None, reason) for an
    item of its list that does not add up; else (``kind``, None)."""
    if kind not in (None, "SPENDING", "BUDGET"):
        return kind, None
    approved = text.rfind(_APPROVED, sentence_start(text, start, REACH), start)
    if approved < 0 or _OTHER_ACT.search(text, approved + len(_APPROVED), start):
        return kind, None
    listed = _last_list(text, approved, start)
    if listed is None:
        return "BUDGET", None
    before = list(amounts(text[approved : listed.start()]))
    stop = sentence_end(text, start, REACH)
    items = list(amounts(text[listed.end() : stop]))
    if not before or len(items) < 2:
        return "BUDGET", None
    if sum((a.yuan for a in items), Decimal(0)) != before[-1].yuan:
        return None, NOT_ADDING_UP
    return "BUDGET", None


def _last_list(text: str, low: int, high: int) -> re.Match | None:
    found = None
    for found in _LISTS.finditer(text, low, high):  # noqa: B007 (the last one is kept)
        pass
    return found
