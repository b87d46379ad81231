"""Rule ``cited-year``: a year written right before a cited document's title dates that
document, not the report (thirteenth trial).

``years`` leaves out a year inside a cited title (《关于开展2019年度…的通知》). A report
also cites a document by its year first: "根据2007年《中共样例市委专题会议纪要》07号决定,市
财政每年安排15万元…": 2007 is when that decision was taken, the report's own year is
another (or unstated, then unknown, never guessed). A year whose 年 (or 年度) is followed,
after spaces only, by 《 is such a date; 2021年样例项目… or 2021年,… stays a fiscal year.

The one cited document whose year is the report's is the notice it answers, given as its
ground, that commissions the year's self-evaluation: 根据《…关于开展2022年度…绩效自评工作的通知》
(``commissionedyear``, twenty-first trial): the words 开展…年度…绩效自评/评价 say which year is
evaluated, so that year is read before any other.
"""

from __future__ import annotations

import re

__all__ = ["dates_a_document"]

_TITLE_AFTER = re.compile(r"[ \t\u3000]*《")


def dates_a_document(head: str, end: int) -> bool:
    """True where the year ending at ``head[end]`` is followed by a cited title's 《."""
    return bool(_TITLE_AFTER.match(head, end))
