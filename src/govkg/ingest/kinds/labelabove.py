"""An amount whose label stands on a line above it: an overview table flattened into lines.

A project's 资金总览 printed as a table loses its cells' borders on a mirror: the label and its
value fall on lines of their own, "当年实际支出:" then, after a blank line, "19500万元(预算执行率
100%)" (trial 46's 691). The label line ends with its colon and holds no figure; the value's
line holds nothing before the amount. The kind is the label's.

Its parts come the same way: "2023年度预算资金安排" / "其中:" / "当年发行专项债券2000万元" /
"上年结转债券资金6592.39万元". A part whose own words name no kind is of the kind its lead
line names (a budget's arrangement: a budget); one naming its own kind (上年结转: carried over)
was read so before this is asked. The lead holds no figure (a year aside) and is short: a
sentence that goes on is no label.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["label_above_kind"]

_LINE = re.compile(r"[^\n]*")
_BLANK = re.compile(r"[ \t\u3000]*")
_FIELD = re.compile(r"^[ \t\u3000]*(?P<label>[^\d\n，,。；;：:]{2,24})[：:][ \t\u3000]*$")
"""A label alone on its line, ended by its colon: 当年实际支出:"""
_PARTS = re.compile(r"^[ \t\u3000]*其中[：:]?[ \t\u3000]*$")
_LEAD = re.compile(
    r"^[ \t\u3000]*(?:20\d\d\s*年度?)?(?P<label>[^\d\n，,。；;：:]{2,24})[：:]?[ \t\u3000]*$"
)
"""A lead line of parts: words only (a year before them aside), 2023年度预算资金安排."""
_FIGURE = re.compile(r"\d")
_REACH = 12  # lines looked at above (blank ones skipped): the table's rows and a few siblings


def label_above_kind(text: str, start: int, kind_of: Callable[[str], str | None]) -> str | None:
    """The kind the label line above the amount at ``start`` names, where the amount opens
    its line; else None. ``kind_of`` names the kind of a label's words."""
    line_start = text.rfind("\n", 0, start) + 1
    lines = _lines_above(text, line_start)
    if not lines:
        return None
    opens_line = _BLANK.fullmatch(text, line_start, start)  # else its own words, no kind
    if opens_line and (field := _FIELD.match(lines[0])):
        return kind_of(field["label"])
    siblings = next((i for i, line in enumerate(lines) if not _FIGURE.search(line)), len(lines))
    parts, lead = lines[siblings : siblings + 1], lines[siblings + 1 : siblings + 2]
    if parts and lead and _PARTS.match(parts[0]) and (named := _LEAD.match(lead[0])):
        return kind_of(named["label"])  # the parts listed before it are its siblings
    return None


def _lines_above(text: str, line_start: int) -> list[str]:
    """The lines with words above ``line_start``, nearest first, within ``_REACH`` lines."""
    found: list[str] = []
    end = line_start - 1
    for _ in range(_REACH):
        if end < 0:
            break
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip():
            found.append(line)
        end = start - 1
    return found
