"""The sentence around an amount, bounded: where the context kind rules look for their words.

Each rule that reads an amount by its sentence (an approval, a list of parts, an execution
rate, a contract) needs the same two bounds, looked for at most ``reach`` characters away so
that a long run of amounts stays linear.
"""

from __future__ import annotations

__all__ = ["ENDS", "sentence_end", "sentence_start"]

ENDS = "。！？!?\n"
"""Characters that end a sentence (a line break does too: headings and table rows)."""


def sentence_start(text: str, at: int, reach: int, ends: str = ENDS) -> int:
    """Where the sentence holding ``text[at]`` starts, looking back at most ``reach``
    (``ends``: the marks that end one, a rule's own where it counts ； too)."""
    low = max(0, at - reach)
    return max(low, max(text.rfind(end, low, at) for end in ends) + 1)


def sentence_end(text: str, at: int, reach: int, ends: str = ENDS) -> int:
    """Where the sentence going on at ``at`` ends (its end mark excluded), looking ahead at
    most ``reach``; the text's end if it comes first."""
    found = [i for i in (text.find(end, at, at + reach) for end in ends) if i >= 0]
    return min(found) if found else min(len(text), at + reach)
