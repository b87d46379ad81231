"""The last heading above a place: the section an amount lies in, for rules that read a
figure by its section's words (a 决算's revenue section, a 支出功能分类 list under a 决算
heading). Looked for within a reach, so a far heading of another part is never taken."""

from __future__ import annotations

import re

__all__ = ["heading_above"]


def heading_above(heading: re.Pattern, text: str, start: int, reach: int) -> re.Match | None:
    """The last match of ``heading`` that starts in the ``reach`` characters before
    ``start`` and ends by it; None if there is none."""
    found = None
    for found in heading.finditer(text, max(0, start - reach), start):  # noqa: B007
        pass
    return found
