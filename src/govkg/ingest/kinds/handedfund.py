"""A fund the text says was handed down is a budget where its figure comes later under its
name alone (twenty-ninth trial).

A project report names the fund in its basis, with no figure: 区财政局下达我单位强制扑杀补助资金,
单位以…; its analysis states the figure under the fund's name alone: 强制扑杀补助资金23万元,
全部用于…. The 补助 of the name read it as money received, while the text said the fund was
handed down, what the unit may spend, a budget (``allocated``). So an amount whose own words
are only the name of a fund ending in 补助资金 (no other kind word), read as revenue by that
补助 alone, is a BUDGET where the text before it names that same fund right after 下达 (a few
words between: 下达我单位…). Not under a heading of funds in place (``arrived``: what was
handed down there arrived), not where its words say more (到位, 收到…: read by them), nor a
fund the text never says was handed down.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govkg.ingest.kinds.arrived import under_arrival_heading
from govkg.ingest.text.amounts import PINYIN

__all__ = ["handed_fund_kind"]

_NAME = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,16}补助资金)\s*$")
_HANDED = r"下达[^，,。；;：:\n\d]{0,8}?"
"""下达 and at most a few words of whom it is handed to (下达我单位), before the fund's name."""
REACH = 16  # characters of its own words in which the fund's name is looked for


def handed_fund_kind(
    text: str, start: int, kind: str | None, kind_of: Callable[[str], str | None]
) -> str | None:
    """BUDGET for the amount at ``start`` named only by a fund the text says was handed down
    (see above); else ``kind``."""
    if kind != "REVENUE":
        return kind
    own = PINYIN.sub("", text[max(0, start - REACH - 8) : start])
    found = _NAME.search(own)
    if found is None or kind_of(found["name"][: -len("补助资金")]) is not None:
        return kind
    before = PINYIN.sub("", text[:start])  # its own 下达…name is ``allocated``'s, read before
    if re.search(_HANDED + re.escape(found["name"]), before) is None:
        return kind
    return kind if under_arrival_heading(text, start) else "BUDGET"
