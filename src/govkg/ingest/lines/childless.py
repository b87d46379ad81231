"""A DERIVED year total nothing hangs under is dropped from the tree.

The tree gives the report's year a DERIVED total (``linetree``) where the text states none,
to sum the lines under it. A 三公 note's lines hang under nothing (三公经费 cuts across basic
and project spending), so an untitled 三公 note (thirteenth trial: "现将X镇2020年度“三公”
经费决算情况公布如下") would keep a sum of no lines, which no draft may hold (`derived: sum`
needs child lines). Such a total is left out; a total anything hangs under stays, and a
share that named the dropped total as its base keeps its figure without a base (a news item
relaying a 三公 note, trial 51's 844, had crashed the draft writer on the dangling key).
"""

from __future__ import annotations

from dataclasses import replace

from govkg.ingest.facts import Line

__all__ = ["without_childless_sums"]


def without_childless_sums(lines: list[Line]) -> list[Line]:
    """``lines`` without the DERIVED sums no line hangs under."""
    parents = {line.parent for line in lines}
    dropped = {line.key for line in lines if line.derived == "sum" and line.key not in parents}
    return [
        replace(line, share_of=None) if line.share_of in dropped else line
        for line in lines
        if line.key not in dropped
    ]
