"""Parts of a total continued by 此外 into the sentence after its 其中 take the total's kind
(trial 54).

A news item relays a 三公 note: the total, its largest part under 其中, then the other parts in
a sentence of their own opened by 此外 (926, a mirror in traditional characters):

    2010年海关“三公经费”财政拨款决算数约5.03亿元,其中公务用车购置及运行费所占比例最大,数额约
    4.57亿元。此外,因公出国(境)费和公务接待费分别为1100万元和3420万元。

The parts after 此外 name only the fees, and the 。 cut them from the total: ``money`` left them
unread. They are the rest of the 其中's parts, of the total's kind. An amount no word names
takes the kind of the sentence before where:

- its own sentence opens on 此外 / 另外 (a comma after it or not), and any figure from there
  to the amount is an earlier part read so (分别为1100万元和3420万元);
- the sentence before it holds a 其中 after an amount, and every amount it states was read
  with one and the same kind of money a whole is split into (a budget, spending, revenue,
  carry-over): 预算约为5.1亿元,其中…数额为4.5亿元。此外,…分别为2619和3573万元 is budgeted.

A sentence before with amounts of two kinds (a budget and what was spent), with no 其中, or
with no amount, and an amount whose own words name a kind keep their reading.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import amounts

__all__ = ["further_part_kind"]

_FURTHER = re.compile(r"[\s\u3000]*(?:此外|另外)[，,]?")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_KINDS = ("BUDGET", "REVENUE", "SPENDING", "CARRY_OVER")
REACH = 300  # characters back in which the two sentences are looked for


def _sentence_start(text: str, at: int, low: int) -> int | None:
    """Where the sentence holding ``text[at]`` starts; None where none ends within reach."""
    ends = list(_SENTENCE_END.finditer(text, low, at))
    return ends[-1].end() if ends else None


def further_part_kind(
    text: str, start: int, kind: str | None, kinds: list[tuple[int, str | None]]
) -> str | None:
    """The kind of the total whose parts the 此外 sentence of the amount at ``start`` goes on
    listing (see above); else ``kind``. ``kinds``: (end, kind) of each amount before it."""
    if kind is not None:
        return kind
    low = max(0, start - REACH)
    own_start = _sentence_start(text, start, low)
    if own_start is None:
        return kind
    opened = _FURTHER.match(text, own_start)
    if opened is None or not opened.group().strip():
        return kind
    before_start = _sentence_start(text, own_start - 1, low)
    if before_start is None:
        return kind
    sentence = text[before_start:own_start]
    stated = [
        (before_start + found.start, before_start + found.end)
        for found in amounts(sentence)
    ]
    if not stated or "其中" not in text[stated[0][1] : own_start]:
        return kind
    read = dict(kinds)
    said = {read.get(end) for _, end in stated}
    if len(said) != 1:
        return kind
    total = said.pop()
    if total not in _KINDS:
        return kind
    earlier = {read.get(opened.end() + found.end) for found in amounts(text[opened.end() : start])}
    if earlier - {total}:
        return kind  # a figure of its own before it read otherwise: not shown to be a part
    return total
