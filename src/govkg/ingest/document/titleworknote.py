"""Title words of a unit's note on its year's evaluation work (thirty-fifth trial's 466).

A unit publishes its self-evaluation of its projects as "2019年度样例省某某会绩效评价工作开展
情况": the work done (how many projects, how much money) and each project's result (预算数,
执行数, 执行率), a report of the project genre whose title names the unit and the year. Only a
line ending on the words, right after an organisation's last word (会, 局, 委, 厅…), is such
a title: a report's own heading (二、绩效评价工作情况, 二、项目绩效自评工作开展情况) follows
an enumerator, and a sentence goes on after them.
"""

from __future__ import annotations

__all__ = ["WORK_NOTE"]

WORK_NOTE = (
    r"|(?<=[会局委厅院办心站所队馆])绩\s*效\s*(?:自\s*评|评\s*价)\s*工\s*作\s*(?:开\s*展\s*)?"
    r"情\s*况(?=[ \t\u3000]*(?:\n|$))"
)
