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
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["bracket_owner"]

_OPEN, _CLOSE = "（(", "）)"


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
    opened: list[int] = []
    for index in range(start, at):
        if text[index] in _OPEN:
            opened.append(index)
        elif text[index] in _CLOSE and opened:
            opened.pop()
    if not opened:
        return None
    where = opened[-1]
    for index, amount in enumerate(before):
        if amount.end() <= where and not text[amount.end() : where].strip():
            begin = before[index - 1].end() if index else start
            return name_of(begin, amount.start()) or None
    return None
