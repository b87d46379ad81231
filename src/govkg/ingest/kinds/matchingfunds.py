"""Matching funds named alone before their figure are a budget (forty-fourth trial).

A project's funding is stated by its sources: the higher level's share and the unit's own
(…中央预算内投资10856万元,…有限公司配套资金10892.92万元). 配套资金 is the share a unit or a
lower level puts up to match a grant, the funds the project is planned on, a budget, as the
collectors read 市级配套资金, 县财政配套资金, 本级财政配套资金 across the corpus. It was left
unread: no kind word names it. So an amount no other rule read whose own words end on 配套资金
(a count word between allowed: 共计, 为) and name no kind before it is a BUDGET. An act in its
words (已使用配套资金, 配套资金已到位, 实际配套到位资金) is read by that act, never here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govkg.ingest.text.amounts import PINYIN

__all__ = ["matching_funds_kind"]

_MATCHING = re.compile(r"配套资金\s*(?:共计|合计|总额|共)?\s*(?:为|是|[:：])?\s*$")


def matching_funds_kind(
    own: str, kind: str | None, kind_of: Callable[[str], str | None]
) -> str | None:
    """BUDGET for an amount read by no rule whose own words ``own`` end on 配套资金 and name
    no kind before it (see above); else ``kind``."""
    if kind is not None:
        return kind
    words = PINYIN.sub("", own)
    found = _MATCHING.search(words)
    if found is None or kind_of(words[: found.start()]) is not None:
        return kind
    return "BUDGET"
