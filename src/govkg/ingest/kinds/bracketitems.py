"""Rule ``bracket-items``: the items listed in a bracket right after an item's amount are
that item's parts, not the group's (thirteenth trial).

A 三公 note lists its items after the total, and an item's own parts in a bracket right
after its amount:

    “三公”经费30万元,其中:因公出国(境)费0万元,公务用车购置及运行维护费18万元(公务用车
    购置费0万元、公务用车运行维护费18万元),公务接待费12万元。

``spending`` hangs every item after “三公”经费 in the sentence under it; the two in the
bracket would count 公务用车's 18万元 twice under the total (0 + 18 + 0 + 18 + 12 > 30). A
line whose amount stands inside a bracket still open, opened right after another amount
(only spaces between), hangs under that amount's line: its name is the owner's. A bracket
opened after words (…费(含…)…) or closed before the amount changes nothing.

A bracket that opens by saying what the amount before it leaves out (公务接待费108.53万元
(未含外事接待费支出728.50万元), trial 55's 960) holds money outside both that amount and its
group: the line in it hangs under nothing (``left_out``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["bracket_owner", "left_out"]

_OPEN, _CLOSE = "（(", "）)"
_LEAVES_OUT = re.compile(r"\s*(?:未含|不含|未包[含括]|不包[含括]|未计入|不计入)")


def _innermost_open(text: str, start: int, at: int) -> int | None:
    """Where the innermost bracket still open at ``at`` (counting from ``start``) opens."""
    opened: list[int] = []
    for index in range(start, at):
        if text[index] in _OPEN:
            opened.append(index)
        elif text[index] in _CLOSE and opened:
            opened.pop()
    return opened[-1] if opened else None


def left_out(text: str, start: int, at: int) -> str | None:
    """The words (未含, 不含, 不包括…) opening the bracket the amount at ``at`` stands in:
    money the figure before the bracket leaves out (see above); None where there are none."""
    where = _innermost_open(text, start, at)
    words = _LEAVES_OUT.match(text, where + 1) if where is not None else None
    return words.group().strip() if words else None


def bracket_owner(
    text: str,
    start: int,
    at: int,
    before: list[re.Match],
    name_of: Callable[[int, int], str],
) -> str | None:
    """The name of the line whose amount opens the bracket the amount at ``at`` stands in
    (see above); None where it stands in none. ``before``: the sentence's amounts before it,
    ``name_of(begin, end)``: the name ``spending`` reads in ``text[begin:end]``."""
    where = _innermost_open(text, start, at)
    if where is None:
        return None
    for index, amount in enumerate(before):
        if amount.end() <= where and not text[amount.end() : where].strip():
            begin = before[index - 1].end() if index else start
            return name_of(begin, amount.start()) or None
    return None
