"""What an amount is of (its label: the words just before it, without connectives) and the
span quoted for it, at most ``REACH`` characters back within its clause."""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import Amount
from govkg.ingest.text.lastmatch import last as _last

__all__ = ["REACH", "label", "quote_span"]

_LABEL_CUT = re.compile(r"[，,：:、（(]")
_LEAD = re.compile(
    r"^(?:其中|包括|主要|分别为|分别是|以及|和|及|共|为|是|[\d一二三四五六七八九十]+[、.])+"
)
_TAIL = re.compile(r"(?:总额为|金额为|为|是|达到|(?<!下)达|共|约|了|各|均)+$")  # 下达: a verb, kept
REACH = 40  # characters before an amount in which its words are looked for


_ASIDE = re.compile(r"[（(][^（()）,，：:、。]{1,4}[）)](?=\S)")
"""A short closed bracket inside a label, "因公出国(境)费": part of the label, no cut."""


def label(own: str) -> str | None:
    """What the amount is of: the words just before it, without connectives."""
    masked = _ASIDE.sub(lambda m: "\0" * len(m.group()), own)  # 因公出国(境)费: one label
    cut = _last(_LABEL_CUT, masked, 0, len(masked))
    words = own[cut.end() if cut else 0 :].strip()
    words = _TAIL.sub("", _LEAD.sub("", words)).strip()
    return words or None


def quote_span(text: str, clause_start: int, amount: Amount) -> tuple[int, int]:
    """From the label's start (at most REACH back, within the clause) to the amount's end."""
    start = max(clause_start, amount.start - REACH)
    cut = _last(_LABEL_CUT, text, start, amount.start)
    return (cut.end() if cut else start), amount.end
