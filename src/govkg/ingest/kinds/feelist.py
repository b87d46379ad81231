"""The next fee of a list a budget's verb opens has that budget's kind (thirty-fourth trial).

A decision arranges several fees in one breath:

    由州级财政每年安排州人大常委会立法经费50万元、代表培训经费60万元、宣传经费30万元

The first fee is read as the budget by 安排…经费; each next item's own words are only a fee's
name (代表培训经费), and the 经费 ending it, the nearest money word, read it as spent. An item
of a list — the amount before it ends right before the 、 opening its words — whose words,
the 经费 / 费用 ending them left out (``itemfees``), name no kind takes the kind of the item
before where that is a budget (the verb's reading the list shares). An item naming its own
kind (、实际支出20万元), a list of spent fees and one after money received keep their reading.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govkg.ingest.kinds.itemfees import without_item_fee

__all__ = ["fee_list_kind"]

_NEXT_ITEM = re.compile(r"^\s*、\s*(?P<name>[^，,。；;：:、\d（()）]{1,20})$")
_FEE_END = re.compile(r"(?:经费|费用|费)\s*$")
_SHARED = ("BUDGET",)


def fee_list_kind(
    text: str,
    start: int,
    own: str,
    kind: str | None,
    kinds: list[tuple[int, str | None]],
    kind_of: Callable[[str], str | None],
) -> str | None:
    """The kind of the item before, for a fee named next in its list (the rule above); else
    ``kind``."""
    if kind not in (None, "SPENDING") or not kinds:
        return kind
    found = _NEXT_ITEM.match(own)
    if found is None or not _FEE_END.search(found["name"]):
        return kind
    if kind_of(_FEE_END.sub("", without_item_fee(found["name"]))) is not None:
        return kind
    before_end, before_kind = kinds[-1]
    if before_kind not in _SHARED or text[before_end:start].strip() != own.strip():
        return kind
    return before_kind
