"""Appropriations listed under a sentence's 收入…中 are revenue received (trial 63).

A 决算 note breaks its revenue down by the appropriations it received, each named by its class
and 拨款 (财政拨款收入共计9,787.85万元,…。在收入拨款中,教育经费拨款9,451.03万元,科学技术拨款
250.03万元,医疗卫生类拨款86.79万元: trial 63's 1293, a medical college's 2016 决算). Each is an
appropriation received: REVENUE, not the spending its name's 经费 or the clause's words make
it. Only an amount whose own words (back to the clause's comma) are a name ending on 拨款,
in a sentence whose words before it say the revenue holds the list (在收入拨款中, 收入中,), and
only where it was read as spending or not at all: a 拨款支出 (spending by appropriation) is no
such name, a list under 支出中 or under no 收入 is not this, and a budget stays a budget.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.text.lastmatch import last
from govkg.ingest.text.simplified import simplified

__all__ = ["received_grants"]

_CLAUSE_START = re.compile(r"[，,；;。：:！？!?\n]")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_GRANT = re.compile(r"^[^\d，,。；;：:、]{1,16}?拨款(?:为|是)?\s*$")
"""The amount's own words: a class's name and its 拨款 (教育经费拨款, 科学技术拨款)."""
_IN_REVENUE = re.compile(r"收入(?:拨款)?中\s*[，,：:]")
"""The revenue the list is in: 在收入拨款中, 收入中,."""
REACH = 200  # characters looked back for the sentence's start


def _start(amount) -> int:
    """Where the amount's figure starts in the source."""
    return amount.cites[0].end - len(amount.as_written)


def received_grants(source: str, found: Iterable) -> Iterator:
    """``found`` (``money.MoneyFound``) in order, an appropriation listed under the revenue
    read as revenue (see above)."""
    text = simplified(source)  # one character for one: the figures' offsets hold
    for amount in found:
        if amount.kind not in ("SPENDING", None) or not amount.cites:
            yield amount
            continue
        at = _start(amount)
        low = max(0, at - REACH)
        clause = last(_CLAUSE_START, text, low, at)
        sentence = last(_SENTENCE_END, text, low, at)
        own = PINYIN.sub("", text[clause.end() if clause else low : at])
        lead = text[sentence.end() if sentence else low : clause.end() if clause else low]
        if _GRANT.match(own) and _IN_REVENUE.search(PINYIN.sub("", lead)):
            yield replace(amount, kind="REVENUE", reason=None)
        else:
            yield amount
