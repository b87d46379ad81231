"""What a unit pays on out of funds handed to it, found in the thirty-sixth and thirty-seventh
held-out trials.

A project report states the funds the unit was given and then what it has paid on of them
to those it funds:

    财政下达项目资金50万元,目前已拨付10万元,预算执行率为22.22%
    …两项合计154万元,其中…项目完成进度滞后未于拨付,实际拨付114万元

拨付 alone reads as money received (拨付 is how funds come to a unit), but here the unit was
given the money earlier in the same sentence, so a bare 已拨付 / 实际拨付 after it, with no
one named paying, is the unit paying it out: SPENDING. Who gives to whom decides: a payer
named before the verb (财政已拨付, 上级拨付) or 到位 / 到账 said with it (已拨付到位, 已拨付
30万元到账) is money reaching the unit and keeps its reading, and so does a 拨付 with no money
of the unit's before it in the sentence.
"""

from __future__ import annotations

import re

from govkg.ingest.text.sentences import sentence_start

__all__ = ["paid_onward_kind"]

_OWN = re.compile(
    r"(?:^|[，,；;：:])\s*(?:目前|现|现已|截至[^，,；;。]{0,14}?)?\s*"
    r"(?:已经?|实际|已实际|实际已|已全部|累计已?)\s*拨付\s*(?:资金)?\s*$"
)
"""An amount's own phrase that is only 已拨付 / 实际拨付 (and words of time), naming no payer."""
_ARRIVED_AFTER = re.compile(r"\s*(?:已|均已)?\s*(?:全部|全额)?\s*(?:到位|到账)")
_GIVEN = re.compile(r"下达|安排|拨入|收到|合计|共计")
"""Words of money the unit was given (or their sum) earlier in the sentence."""
REACH = 300  # characters before an amount in which its sentence is looked for


def paid_onward_kind(
    text: str, start: int, end: int, kind: str | None, kinds: list[tuple[int, str | None]]
) -> str | None:
    """SPENDING for what a unit 已拨付 of funds given it earlier in the sentence; else ``kind``."""
    if kind != "REVENUE":
        return kind
    opening = sentence_start(text, start, REACH)
    if not _OWN.search(text[opening:start]) or _ARRIVED_AFTER.match(text, end):
        return kind
    given = [e for e, k in kinds if k in ("BUDGET", "REVENUE") and opening < e < start]
    if not given or not _GIVEN.search(text, opening, given[-1]):
        return kind
    return "SPENDING"
