"""Title words of a project's published evaluation results (fifteenth trial).

A finance bureau's key evaluation of a unit's project is published by the unit as
"样例局2019年度项目资金重点绩效评价结果": the report's summary, a report of the project genre.
Only a line ending on 绩效评价结果 is such a title; the words inside a sentence (绩效评价结果应用,
…将绩效评价结果作为…) are no title.

A unit's own self-evaluation results are titled so too, the title broken over two lines by
the page: "市公路局2020年度公路养护类项目 / 自评结果" (fifty-third trial's 894, as the corpus's
"2022年度数字化城市管理运行经费项目自评结果" on one line): 项目(绩效)自评结果 ending its line,
the unit heading the title as it is written (市公路局).
"""

from __future__ import annotations

__all__ = ["RESULTS"]

RESULTS = (
    r"|项\s*目\s*(?:资\s*金\s*)?(?:重\s*点\s*)?绩\s*效\s*评\s*价\s*结\s*果"
    r"(?=[ \t\u3000]*(?:\n|$))"
    r"|项\s*目\s*(?:绩\s*效\s*)?自\s*评\s*结\s*果(?=[ \t\u3000]*(?:\n|$))"
)
