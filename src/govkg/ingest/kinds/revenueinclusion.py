"""A part in brackets inside a revenue figure is revenue (forty-second trial).

A 决算 note states where its revenue came from, a source's figure followed by what it
includes:

    1、财政拨款3961.45万元(含基本建设经费1000万元),占本年度收入96.87%。

The bracket's 经费 would read the included amount as money spent; but 含 (includes) makes it
a part of the figure just before the bracket, so it has that figure's kind. Only where the
bracket opens right after a figure read as revenue, with 含 / 其中 / 包括 and a name whose
words say no other kind (支出, 结转, 预算…); a bracket after spending, or one naming its own
kind (含上年结转…), keeps its reading.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN

__all__ = ["revenue_inclusion_kind"]

_INCLUDED = re.compile(r"[（(]\s*(?:含|其中[:：]?|包括)(?P<name>[^，,。；;：:（()）\d]{0,24})$")
_OTHER_KIND = re.compile(r"支出|支付|结转|结余|预算|拨付|安排|下达|增加|减少|计划")


def revenue_inclusion_kind(
    own: str, kind: str | None, kinds: list[tuple[int, str | None]], start: int, text: str
) -> str | None:
    """REVENUE for an amount in a bracket of 含… right after a revenue figure (the rule
    above); else ``kind``."""
    if kind not in (None, "SPENDING") or not kinds or kinds[-1][1] != "REVENUE":
        return kind
    included = _INCLUDED.search(PINYIN.sub("", own))
    if included is None or _OTHER_KIND.search(included["name"]):
        return kind
    opened = text.rfind("(", 0, start), text.rfind("（", 0, start)
    bracket = max(opened)
    if bracket < 0 or text[kinds[-1][0] : bracket].strip():
        return kind  # the bracket does not follow the revenue figure itself
    return "REVENUE"
