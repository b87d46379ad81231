"""A line whose stated amount the kinds read as money not spent is no funding line.

The spending rules (``spending``, the table rules) find a line by the words around a figure;
the kinds (``kinds/``) read every figure on their own, with more of the text. Where every
figure stating a line's amount in its citation is read as a budget (a project's 项目经费
opening its report, 年初预算数 with nothing spent said), revenue (a 决算's 财政拨款收入 and
the classes under its revenue section), a carry-over, a change against last year, a
contract, a planned payment, a saving, a price or rate, or OTHER (an asset, an investment,
a difference: read, and read as none of the kinds a line may be), a funding line would show
it as spending: a line's ``amount`` is what was spent, and a budget is its ``budget`` only
beside it. So would a figure no word names (unread): the line rule's words are no reading
of its kind, and the corpus's lines resting on one were budgets 24 times in 40, spending 9.
The line is left out, as ``kinds/budgetstatement`` leaves out a budget restated; its money
figure stays with its kind (or unread, with its reason) and citation, pointing at no line.
A line whose own budget is stated beside its amount, one a spending figure states, and one
no figure states, stay; but not a 'spent' amount beside its budget that is read as the
difference from it (trial 54's 929).

What hung under a line left out hangs under its nearest ancestor kept (a stated part of
money received or carried over that is itself read as spending stays a part of what holds
both); a remainder of it (DERIVED) goes with it, and so does a DERIVED sum or remainder
left with no stated part; a share of it is of nothing stated.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace

from govkg.ingest.facts import Line
from govkg.ingest.lines.misread import misread_keys

__all__ = ["NOT_SPENT", "unspent_keys", "without_unspent_lines"]

NOT_SPENT = frozenset(
    (
        "BUDGET",
        "REVENUE",
        "CARRY_OVER",
        "CHANGE",
        "CONTRACT",
        "PLANNED",
        "SAVING",
        "PRICE_OR_RATE",
        "OTHER",
    )
)
"""The kinds of money a funding line's amount never is: all but spending."""
UNREAD = None
"""The kind of a figure no word names: no reading a line's amount may rest on either."""


def without_unspent_lines(lines: list[Line], money: Sequence) -> list[Line]:
    """``lines`` without those stating only money not spent, the tree mended around them."""
    dropped = unspent_keys(lines, money) | misread_keys(lines, money)  # 4|15万元 (misread)
    if not dropped:
        return lines
    by_key = {line.key: line for line in lines}

    def kept_ancestor(key: str | None) -> str | None:
        seen = set()
        while key in dropped and key not in seen:
            seen.add(key)
            key = by_key[key].parent
        return key

    gone = set(dropped)
    gone |= {line.key for line in lines if line.derived == "remainder" and line.parent in dropped}
    kept = [
        replace(line, parent=kept_ancestor(line.parent), share_of=_share_of(line, gone))
        for line in lines
        if line.key not in gone
    ]
    return _without_empty_derived(kept)


def _share_of(line: Line, gone: set[str]) -> str | None:
    return None if line.share_of in gone else line.share_of


def _without_empty_derived(lines: list[Line]) -> list[Line]:
    """Without DERIVED sums and remainders left with no stated part beside or under them
    (no line hangs under either, so none is orphaned)."""
    while True:
        parents = {line.parent for line in lines}
        stated_under = {line.parent for line in lines if line.derived is None}
        empty = {
            line.key
            for line in lines
            if (line.derived == "sum" and line.key not in parents)
            or (line.derived == "remainder" and line.parent not in stated_under)
        }
        if not empty:
            return lines
        lines = [
            replace(line, share_of=_share_of(line, empty))
            for line in lines
            if line.key not in empty
        ]


def unspent_keys(lines: Sequence[Line], money: Sequence) -> set[str]:
    """The keys of the stated lines whose amount, wherever a figure states it in the line's
    citation, is read only as money not spent (``NOT_SPENT``) or not read, and that state no
    budget beside it."""
    places: dict = {}  # amount -> (starts, ends, kinds) of its figures, in text order
    for found in sorted(money, key=lambda m: m.cites[0].end):
        end = found.cites[0].end
        starts, ends, kinds = places.setdefault(found.amount, ([], [], []))
        starts.append(end - len(found.as_written))
        ends.append(end)
        kinds.append(found.kind)
    out = set()
    for line in lines:
        if line.amount is None or line.derived or line.amount not in places:
            continue
        starts, ends, kinds = places[line.amount]
        stating = set()
        for cite in line.cites:
            first = bisect.bisect_left(starts, cite.start)
            last = bisect.bisect_right(ends, cite.end)
            stating.update(kinds[first:last])
        # a budget beside keeps the line, but not beside a difference from it: 预算数总计
        # 374.08万元,比2010年…决算数多了0.34万元 (trial 54's 929) states no spending at all
        unspent = {"CHANGE"} if line.budget is not None else NOT_SPENT | {UNREAD}
        if stating and stating <= unspent:
            out.add(line.key)
    return out
