"""The items a spent amount was mainly used for are spending (forty-fifth trial).

A 决算 note explains a class of spending and lists what it went to:

    “其他群众团体事务支出”40.6万元,主要用于:劳模大额医疗救助金20万元,…职业技能大赛5万元

An item's own words (职业技能大赛, 表彰大会) hold no money word, so nothing before it names
its kind; but the list is opened by 主要用于 right after an amount read as spent, and what
that money was used for is money spent. An amount no word names, in the same sentence after
主要用于 / 主要用途为 that follows straight on a SPENDING amount, is SPENDING. Not after an
amount of another kind (预算安排40万元,主要用于…: left to the rules of budgets), not across
a sentence's end, and never over a kind its own words name.
"""

from __future__ import annotations

import re

__all__ = ["used_for_item_kind"]

_USED_FOR = re.compile(r"主要(?:用于|用途为|用途是)[\s：:]*")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_GAP = re.compile(r"[\s,，;；]*")
"""What may stand between the spent amount and its 主要用于."""
REACH = 200


def used_for_item_kind(
    text: str, start: int, kind: str | None, kinds: list[tuple[int, str | None]]
) -> str | None:
    """SPENDING for an unnamed amount at ``start`` listed after 主要用于 right after a
    SPENDING amount (see above); else ``kind``. ``kinds``: (end, kind) of each amount before."""
    if kind is not None:
        return kind
    window = text[max(0, start - REACH) : start]
    ends = list(_SENTENCE_END.finditer(window))
    offset = max(0, start - REACH) + (ends[-1].end() if ends else 0)
    opened = list(_USED_FOR.finditer(text, offset, start))
    if not opened:
        return kind
    used = opened[-1]
    before = [k for end, k in kinds if _GAP.fullmatch(text, end, used.start())]
    return "SPENDING" if before == ["SPENDING"] else kind
