"""The name a text's matches give most often: the one both repeated-name rules take.

A news item naming a body's budget total twice (``budgetsubject``) and a report whose numbered
items keep opening on its own name (``repeatedsubject``) both name the unit the same way: the
``unit`` group most of their matches hold, at least a rule's number of times, and strictly more
often than any other (two names as many times each name none).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

__all__ = ["most_named"]


def most_named(found: Sequence[re.Match], enough: int) -> re.Match | None:
    """The first of ``found`` holding the ``unit`` named most often, at least ``enough`` times
    and more than any other; else None.

    >>> names = [re.match(r"(?P<unit>\\w)", w) for w in "abab"]
    >>> most_named(names, 2) is None
    True
    >>> most_named(names + names[:1], 2)["unit"]
    'a'
    """
    counts = Counter(match["unit"] for match in found).most_common(2)
    if not counts or counts[0][1] < enough:
        return None
    if len(counts) > 1 and counts[1][1] == counts[0][1]:
        return None
    return next(match for match in found if match["unit"] == counts[0][0])
