"""An item of a 一是…二是…三是… list that no word names has its earlier siblings' kind
(thirtieth trial).

A project's evaluation lists what its money is for, item by item, each a name and its figure:

    (三)项目预算投入
    一是美丽乡村建设实施方案、规划编制,需资金277万元
    二是美丽乡村建设600万元
    三是美丽乡村自然村的奖励5039万元(按照实施方案的要求)
    四是美丽乡村建设的实施2228万元

The first item says its kind (需资金: a need); the others only name what the money is for and
were left unread. They are the same list's items: an item no word names takes the kind that
every earlier item of its list has, where:

- the item opens with its ordinal (三是), right after a line's start, a punctuation mark, a
  bracket or the 元 of the item before, and holds one amount, no word before it naming a kind;
- each earlier ordinal down to 一是 opens an item before it, in order, within the list's
  reach, and each of those items holds exactly one amount;
- all of those amounts that have a kind have one and the same (a budget, a need, spending,
  revenue or carry-over), and at least one has; items of two kinds leave it unread.
"""

from __future__ import annotations

import re

__all__ = ["enumerated_kind"]

_ORDINALS = "一二三四五六七八九十"
_OPENER = re.compile(rf"(?:(?<=^)|(?<=[\n。；;，,、:：)）元]))(?P<n>[{_ORDINALS}])是", re.M)
REACH = 800  # characters before the amount in which its list's items are looked for
_KINDS = ("BUDGET", "PLANNED", "SPENDING", "REVENUE", "CARRY_OVER")


def enumerated_kind(
    text: str, start: int, kind: str | None, kinds: list[tuple[int, str | None]]
) -> str | None:
    """The kind the earlier items of the 一是… list the amount at ``start`` closes an item of
    share (see above); else ``kind``. ``kinds``: (end, kind) of each amount before it."""
    if kind is not None:
        return kind
    low = max(0, start - REACH)
    openers = list(_OPENER.finditer(text, low, start))
    if not openers:
        return kind
    own = openers[-1]
    if any(own.end() <= end < start for end, _ in kinds):
        return kind  # another amount between its ordinal and it: not its item
    number = _ORDINALS.index(own["n"])
    if number == 0:
        return kind
    items, item_end, at = [], own.start(), len(openers) - 1
    for wanted in range(number - 1, -1, -1):  # 二是, then 一是, backwards
        while at > 0 and openers[at - 1]["n"] != _ORDINALS[wanted]:
            at -= 1
        if at == 0:
            return kind
        at -= 1
        items.append((openers[at].end(), item_end))
        item_end = openers[at].start()
    said = set()
    for first, end in items:
        inside = [k for e, k in kinds if first < e <= end]
        if len(inside) != 1:
            return kind  # an item of no amount, or of two: no list of figures
        if inside[0] is not None:
            said.add(inside[0])
    if len(said) == 1 and (named := said.pop()) in _KINDS:
        return named
    return kind
