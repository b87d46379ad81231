"""The revenue and spending a budget note's own section states are the year's budget.

A 部门预算 note explains the coming year's appropriations in a section of its own, headed by
what it is (三、部门预算情况说明 / 2022年一般公共预算财政拨款收入985.67万元,一般公共预算财政拨款
支出985.67万元,比2021年增加165.85万元。其中:基本支出565.67万元,…;项目支出420.00万元:
forty-ninth trial's 780). Its 收入 and 支出 are the appropriation budgeted and the spending
it is budgeted for, not money received or spent: BUDGET.

Only the section a heading of its own opens, worded as the note's budget explanation
(部门预算情况说明, 单位预算说明) and naming no 决算, 执行, 三公 or 绩效, down to the next
heading; only an amount read as REVENUE or SPENDING whose own words name no 决算, 实际, 执行,
完成, 上年, 去年, 结转 or 结余, whose sentence names no 决算 or 实际, and no year other than
the first the section states. A 决算's
…支出决算情况说明 and a 三公 budget note's sections (read in ``threepublic``) stay as they
are.
"""

from __future__ import annotations

import re

from govkg.ingest.kinds.lastmatch import last

__all__ = ["budget_section_kind"]

_LINE_END = re.compile(r"\n")
_HEADING = re.compile(
    r"[ \t\u3000]*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、"
    r"|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.、．](?!\d))?"
    r"[ \t\u3000]*(?P<words>[^\n，,；;。]{2,50}?)[。:：]?[ \t\u3000]*"
)
"""A line that is a heading: a number of a section (optional) and words with no clause cut."""
_BUDGET_NOTE = re.compile(r"(?:部门|单位)预算(?:情况)?说明$")
"""The note's own section of its budget: 部门预算情况说明, 单位预算说明 (not 收入预算说明, one
side's section of a note that may restate a 决算: forty-eighth trial's fictional 三公 clause)."""
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_SPENT_SENTENCE = re.compile(r"决算|实际")
_AMONG = re.compile(r"\s*其中")
_NOT_BUDGET = re.compile(r"决算|执行|三公|绩效|经费|管理")
_FIGURE = re.compile(r"\d")
_ACCOUNTS = re.compile(r"决算|实际|执行|完成|上年|去年|以前年度|结转|结余")
_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
REACH = 3000  # characters looked back for the section's heading


def budget_section_kind(text: str, start: int, own: str, kind: str | None) -> str | None:
    """BUDGET for a 收入 or 支出 stated in a budget note's section of its budget (see
    above); else ``kind``."""
    if kind not in ("REVENUE", "SPENDING") or _ACCOUNTS.search(own):
        return kind
    if _SPENT_SENTENCE.search(text, _sentence_start(text, start), start):
        return kind  # “三公”经费支出决算数为86万元,…。其中:公务接待费为30万元: what was spent
    heading_end = _heading_above(text, start)
    if heading_end is None:
        return kind
    years = _YEAR.findall(text, heading_end, start)
    if years and any(year != years[0] for year in _YEAR.findall(own)):
        return kind
    return "BUDGET"


def _sentence_start(text: str, at: int) -> int:
    """Where the amount's sentence starts; a sentence opening on 其中 lists the parts of the
    sentence before it, so that one's start."""
    low = max(0, at - REACH)
    end = last(_SENTENCE_END, text, low, at)
    begin = end.end() if end else low
    if end is not None and _AMONG.match(text, begin):
        before = last(_SENTENCE_END, text, low, end.start())
        return before.end() if before else low
    return begin


def _heading_above(text: str, at: int) -> int | None:
    """Where the budget section's heading above ``at`` ends, when the nearest heading line
    above the amount's line is one (see above); else None."""
    low = max(0, at - REACH)
    line = last(_LINE_END, text, low, at)
    end = line.start() if line else None
    while end is not None and end > low:
        above = last(_LINE_END, text, low, end)
        begin = above.end() if above else low
        if above is None and begin > 0:
            return None  # past the reach: no heading found
        heading = _HEADING.fullmatch(text, begin, end)
        if heading and not _FIGURE.search(heading["words"]):
            words = heading["words"].strip()
            if _BUDGET_NOTE.search(words) and not _NOT_BUDGET.search(words):
                return end
            return None  # the nearest heading is another section's
        end = above.start() if above else None
    return None
