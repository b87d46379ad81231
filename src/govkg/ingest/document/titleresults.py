"""Title words of a project's published evaluation results (fifteenth trial).

A finance bureau's key evaluation of a unit's project is published by the unit as
"样例局2019年度项目资金重点绩效评价结果": the report's summary, a report of the project genre.
Only a line ending on 绩效评价结果 is such a title; the words inside a sentence (绩效评价结果应用,
…将绩效评价结果作为…) are no title.
"""

from __future__ import annotations

__all__ = ["RESULTS"]

RESULTS = (
    r"|项\s*目\s*(?:资\s*金\s*)?(?:重\s*点\s*)?绩\s*效\s*评\s*价\s*结\s*果"
    r"(?=[ \t\u3000]*(?:\n|$))"
)
