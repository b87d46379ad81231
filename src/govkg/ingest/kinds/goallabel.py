"""An amount right after a goal's label (投入目标：, 产出目标：) is PLANNED (sixteenth trial).

A project report lists its year's performance goals by kind, each behind its label and a
colon: "2、项目年度预算绩效目标。其中,投入目标:市级财政投入金额2000万元,财政资金到位率100%".
The amount is what the goal sets, PLANNED; 金额 or 投入 before it names no kind of its own
(read as other, or not at all). Only in the sentence of the label, within ``REACH``
characters after its colon, and not where words of what was done stand between the label
and the amount (已, 实际, 完成, 累计: 产出目标:年度完成固定资产投资20亿元 names an output,
kept as read). A budget, a change or a rate keeps its reading.
"""

from __future__ import annotations

import re

__all__ = ["goal_label_kind"]

_LABEL = re.compile(r"(?:投入|产出|效果|效益|成本|年度|绩效|总体)目标\s*[:：]")
_DONE = re.compile(r"已|实际|完成|累计")
_SENTENCE_END = re.compile(r"[。！？!?\n；;]")
REACH = 40  # characters after the label's colon in which its amount stands
_READABLE = (None, "REVENUE", "SPENDING", "OTHER")


def goal_label_kind(text: str, start: int, kind: str | None) -> str | None:
    """PLANNED for the amount at ``start`` right after a goal's label (see above); else
    ``kind``."""
    if kind not in _READABLE:
        return kind
    low = max(0, start - REACH - 8)
    ends = list(_SENTENCE_END.finditer(text, low, start))
    low = ends[-1].end() if ends else low
    labels = list(_LABEL.finditer(text, low, start))
    if not labels or start - labels[-1].end() > REACH:
        return kind
    if _DONE.search(text, labels[-1].end(), start):
        return kind
    return "PLANNED"
