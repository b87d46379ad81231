"""Money an ex-ante assessment says is applied for is planned: not granted yet (trial 56).

A 事前绩效评估 is written before a project is funded, to judge whether it should be: its form
names the project, its unit, its goals and the sum applied for (trial 56's 1020, 财政支出项目
事前绩效评估报告: 申请资金总额: / 浙江省20xx年对口支援甘孜双向推介交流宣传项目经费480万元,资金
来源:…). That sum is what the project asks for, PLANNED, as 拟申请 is (``kindwords``), not the
budget a unit's 申请 makes elsewhere (各县区申请市级补贴共计1904万元: the corpus reads a request
inside a year's funding as the budget shared). Only in a text whose title (its first lines)
names an ex-ante assessment (事前绩效评估, 事前评估, 事前绩效评价), and only an amount whose own
words or the label line right above it (申请资金总额:) name the application (申请, 申报); a
sum the plan arranges (投资计划安排480万元) keeps its reading, and so does any 申请 in a report
after the year.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN

__all__ = ["ex_ante_applied_kind"]

_EX_ANTE_TITLE = re.compile(r"事前(?:绩效)?(?:评估|评价)(?!管理|办法|工作|的通知)")
_TITLE_REACH = 200  # characters at the text's top in which its title stands
_APPLIED = re.compile(r"(?:申请|申报)(?!书|表|材料|人|单位|程序|流程)")
_LABEL_ABOVE = re.compile(
    r"[ \t\u3000]*[^\d\n，,。；;：:]{0,8}(?:申请|申报)[^\d\n，,。；;：:]{0,8}[：:][ \t\u3000]*"
)
"""A form's label alone on the line above the amount's: 申请资金总额:"""
_CLAUSE_END = re.compile(r"[。；;！？!?\n]")


def ex_ante_applied_kind(text: str, start: int, own: str, kind: str | None) -> str | None:
    """PLANNED for the amount at ``start`` applied for in an ex-ante assessment (see
    above); else ``kind``. ``own``: its own words before it."""
    if kind not in (None, "SPENDING", "BUDGET", "REVENUE"):
        return kind
    if not _EX_ANTE_TITLE.search(PINYIN.sub("", text[:_TITLE_REACH])):
        return kind
    if _APPLIED.search(PINYIN.sub("", own)):
        return "PLANNED"  # 本项目申请资金50万元
    line_start = text.rfind("\n", 0, start) + 1
    if _CLAUSE_END.search(text, line_start, start):
        return kind  # the amount's line goes on from another clause
    above_end = line_start - 1
    while above_end > 0 and not text[text.rfind("\n", 0, above_end) + 1 : above_end].strip():
        above_end = text.rfind("\n", 0, above_end)  # blank lines between
    above = text[text.rfind("\n", 0, max(above_end, 0)) + 1 : max(above_end, 0)]
    if _LABEL_ABOVE.fullmatch(PINYIN.sub("", above)):
        return "PLANNED"  # 申请资金总额: / …项目经费480万元
    return kind
