"""An amount a sentence projects (预计…) is PLANNED, not money that came or went (sixteenth
trial).

A project report states what the project is expected to bring: "项目实施后预计年收入租金2万
元,带动某某村集体经济收入共2万元". 收入 is the nearest money word, but nothing was received:
预计 (expected) governs the sentence, and every amount after it in that sentence is a
projection, PLANNED. Only where the amount was read as revenue, spending, other or not at
all (a budget, a change, a rate keep their reading), and not where words of what was done
stand between 预计 and the amount (已, 实际, 完成, 累计: 预计…,实际收入3万元 is done).
"""

from __future__ import annotations

import re

__all__ = ["projected_kind"]

_PROJECTED = re.compile(r"预\s*计")
_DONE = re.compile(r"已|实际|完成|累计")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
REACH = 120  # characters before the amount in which its sentence's 预计 is looked for
_PROJECTABLE = (None, "REVENUE", "SPENDING", "OTHER")


def projected_kind(text: str, start: int, kind: str | None) -> str | None:
    """PLANNED for the amount at ``start`` where its sentence projects it (see above);
    else ``kind``."""
    if kind not in _PROJECTABLE:
        return kind
    low = max(0, start - REACH)
    ends = list(_SENTENCE_END.finditer(text, low, start))
    words = text[ends[-1].end() if ends else low : start]
    projected = list(_PROJECTED.finditer(words))
    if not projected or _DONE.search(words, projected[-1].end()):
        return kind
    return "PLANNED"
