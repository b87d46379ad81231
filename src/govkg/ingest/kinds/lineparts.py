"""The parts of a total listed one a line after a 其中: that ends its line (trial 64).

A 三公 budget note may state the total, end its line on 其中:, then give each part on a line of
its own, the line opening on the part's name and figure and going on with its change and the
reason for it (trial 64's 1331, a city's 2024 三公 budget: …“三公”经费支出共计3923万元,比2023年
预算数减少332万元,下降7.81%。其中: / 公务接待费638万元,比上年年初预算减少317万元。主要原因是… /
因公出国(境)经费费62万元,… / 公务用车购置费718万元,…). ``partkinds`` reads a part under 其中
within its sentence, and a line break ends one: the parts whose names say no kind were listed
unread. The figure a line opens on (after its name: no other figure, no clause's mark between)
is a part of that total where every line between it and the line ending on 其中: opens the same
way; it takes the total's kind (``totalparts``: past a change said after the total). A line of
another shape between (a heading, prose, a line opening on no figure), a figure not the first
of its line, or no total right before the 其中: reads nothing.
"""

from __future__ import annotations

import bisect
import re

from govkg.ingest.kinds.totalparts import total_kind
from govkg.ingest.text.amounts import MONEY

__all__ = ["line_part_kind"]

_NAME = re.compile(r"[ \t\u3000]*[^\d，,。；;：:、\n]{2,24}?(?=\d)")
"""A part's name opening its line, up to its figure: no clause's mark, no figure in it."""
_AMONG_ENDS = re.compile(r"其中\s*[：:]\s*$")
LINES = 8  # lines of parts looked back over to the 其中: that opens them


def _opens_on_figure(text: str, line_start: int) -> int | None:
    """Where the figure a line opens on (after its name) starts; else None."""
    name = _NAME.match(text, line_start)
    if name is None or MONEY.match(text, name.end()) is None:
        return None
    return name.end()


def line_part_kind(text: str, start: int, kinds: list[tuple[int, str | None]]) -> str | None:
    """The kind of the total whose part, one a line under a line ending on 其中:, is the amount
    at ``start`` (see above); else None. ``kinds``: (end, kind) of the amounts before it."""
    line_start = text.rfind("\n", 0, start) + 1
    if _opens_on_figure(text, line_start) != start:
        return None
    for _ in range(LINES):
        if line_start == 0:
            return None
        previous = text.rfind("\n", 0, line_start - 1) + 1
        line = text[previous : line_start - 1]
        among = _AMONG_ENDS.search(line)
        if among:
            at = previous + among.start()
            return total_kind(text, kinds[: bisect.bisect_right(kinds, at, key=lambda k: k[0])], at)
        if _opens_on_figure(text, previous) is None:
            return None
        line_start = previous
    return None
