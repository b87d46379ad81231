"""A fund's sum named in its report's title is the fund's budget (trial 56).

A project's self-evaluation may be titled by the fund it is of, with its sum: 2020年忠烈祠免費
開放經(jīng)費236.25萬元部門整體支出績效自評表 (trial 56's 1011, a form's heading on a traditional
mirror), 南县渔政执法经费4.8万元项目绩效评价报告.docx (the corpus's 890, a document site's file
name). The 经费 there is the fund's name, no act of spending: the sum is what the fund holds for
the year, BUDGET, as the expected files read both. Only where the amount's line is the title:
from its start to the amount a name alone (a year, the fund's words, no clause's punctuation and
no other figure), after it on the same line the report's or form's name (…绩效自评报告,
…绩效评价报告, …自评表, a file's ending or a cell's bar after it aside); a sentence naming a fund
and its sum (本年渔政执法经费4.8万元已全部支出) and a figure another word names keep their readings.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN

__all__ = ["titled_fund_kind"]

_NAME = re.compile(
    r"[ \t\u3000|]*(?:20\d\d\s*年度?)?[^\d，,。；;：:！？!?、\n|]{2,40}?"
    r"(?:经费|资金|专项|补助|补贴|奖补|基金)\s*$"
)
"""The line up to the amount: a year, then the fund's name alone (2020年忠烈祠免费开放经费)."""
_REPORT = re.compile(
    r"\s*(?:[^\d，,。；;：:！？!?\n|]{0,16}?)"
    r"(?:绩效(?:自评|评价|评估)(?:报告|表)|自评(?:报告|表)|评价报告)"
    r"(?:\s*[（(][^（()）\n]{0,12}[)）])?\s*(?:\.(?:docx?|pdf|wps))?[\s|]*$"
)
"""The line after the amount: the report's or form's name (部门整体支出绩效自评表)."""


def titled_fund_kind(text: str, start: int, end: int, kind: str | None) -> str | None:
    """BUDGET for the amount at ``text[start:end]`` whose line is a title naming a fund and
    its sum (see above), where its words read it as spent or as nothing; else ``kind``."""
    if kind not in (None, "SPENDING"):
        return kind
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = PINYIN.sub("", text[line_start:start])  # 經(jīng)費: a mirror's readings
    after = PINYIN.sub("", text[end:line_end])
    if _NAME.fullmatch(before) and _REPORT.match(after):
        return "BUDGET"  # 2020年忠烈祠免费开放经费236.25万元部门整体支出绩效自评表
    return kind
