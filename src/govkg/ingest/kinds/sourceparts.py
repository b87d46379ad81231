"""Money paid out of last year's carry-over is spending (thirty-second trial).

A project report states what it paid in the year and where the money came from:

    全年共发放3957.55万元(当年资金3904.82万元,上年结转资金52.73万元)。

The bracket holds the parts of the amount paid out, by source; the words of the second name
上年结转, so it was read as a carry-over. But the bracket opened right after the amount paid
and its parts add up to it exactly: 52.73万元 is the share of what was paid that came from the
funds carried over, money spent in the year. A part read as CARRY_OVER, its own words naming
the carry-over as a source (上年结转资金, 以前年度结余资金), inside a bracket opened right after
an amount read as SPENDING whose parts in the bracket add up to it to the yuan, is SPENDING.
Not where the parts do not add up (another breakdown), nor where the amount before the bracket
is not spent (到位资金…(上年结转资金…): still a carry-over received), nor a balance left at
the year's end (年末结转: what was not paid).
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import amounts

__all__ = ["source_part_kind"]

_SOURCE = re.compile(
    r"(?:上年|上年度|以前年度|历年)(?:结转|结余|结转结余|结转和结余)(?:的)?(?:资金|经费)\s*$"
)
_OPEN, _CLOSE = "(（", ")）"
_AMOUNT_END = re.compile(r"[万亿]?元\s*$")
REACH = 200


def source_part_kind(
    text: str, start: int, end: int, kind: str | None, kinds: list[tuple[int, str | None]]
) -> str | None:
    """SPENDING for a part paid out of the carry-over (the rule above); else ``kind``."""
    if kind != "CARRY_OVER":
        return kind
    segment = re.split(r"[，,、；;：:]", text[max(0, start - 20) : start])[-1]
    if not _SOURCE.search(segment):
        return kind
    opened = text.rfind(_OPEN[0], max(0, start - REACH), start)
    opened = max(opened, text.rfind(_OPEN[1], max(0, start - REACH), start))
    if opened < 0 or any(c in _CLOSE + "。\n" for c in text[opened:start]):
        return kind
    close = min((i for i in (text.find(c, end, end + REACH) for c in _CLOSE) if i >= 0), default=-1)
    total_end = opened
    while total_end > 0 and text[total_end - 1] in " ，,":
        total_end -= 1
    if close < 0 or dict(kinds).get(total_end) != "SPENDING":
        return kind
    if not _AMOUNT_END.search(text, max(0, total_end - 4), total_end):
        return kind
    total = list(amounts(text[max(0, total_end - 40) : total_end]))
    parts = sum(a.yuan for a in amounts(text[opened:close]))
    return "SPENDING" if total and total[-1].yuan == parts else kind
