"""An amount whose parts are listed in a bracket right after it (ninth trial):

    财政拨款收入4,146.90万元(其中,一般公共预算 2,922.37万元,政府性基金预算1,224.53万元),
    占总收入92.12%

- a share written right after the closing bracket is the share of the amount before the
  bracket (the bracket holds its parts), never of the last amount inside it: a funding line
  (``spending``) never takes it, and the money-figure share rule (``figureshares``) looks for
  it past the bracket;
- 一般公共预算 / 政府性基金预算 / 国有资本经营预算 / 社会保险基金预算 in a part's words name the
  budget the money comes from, not a budget: a part listed under 其中 has the kind of its
  total (``money``), as a part no word names has.
"""

from __future__ import annotations

import re

__all__ = ["after_parts", "closes_a_bracket", "without_budget_sources"]

_PARTS = re.compile(
    r"\s*[（(](?:其中|含|包括)[^（()）。；;\n]{0,160}?\d\s*(?:亿元|万元|元)[^（()）。；;\n]{0,40}?[）)]"
)
"""A bracket right after an amount that lists its parts, with at least one amount in it."""
_SOURCES = re.compile(r"(?:一般公共|政府性基金|国有资本经营|社会保险基金)预算(?!支出|收入|拨款)")


def after_parts(text: str, end: int) -> int | None:
    """Where the bracket of parts right after the amount ending at ``end`` closes; None
    where no such bracket follows it."""
    found = _PARTS.match(text, end)
    return found.end() if found else None


def closes_a_bracket(between: str) -> bool:
    """Whether the words between an amount and a share close a bracket the amount is in
    (…1,224.53万元),占总收入92.12%): the share is then of the amount before the bracket."""
    depth = 0
    for char in between:
        if char in "（(":
            depth += 1
        elif char in "）)":
            depth -= 1
            if depth < 0:
                return True
    return False


def without_budget_sources(words: str) -> str:
    """A part's words without the names of the budget its money comes from."""
    return _SOURCES.sub("", words)
