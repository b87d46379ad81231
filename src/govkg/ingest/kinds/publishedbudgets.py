"""A news item headlined on budgets made public states budgeted spending (trial 64).

A roundup of budgets published (trial 64's 1322: 75所高校公布预算 8所高校预算超百亿元) gives each
body's 支出 as the budget states it: 支出方面,清华大学超过200亿; 年度支出较多的大学有北京大学
(125.54亿元). The year's budget is what was published; its 支出 is spending budgeted, not money
spent, as ``threepublic.budgettotal`` reads a budget note's 支出. Read so only where the text's
first line, its headline, says budgets were published (公布预算, 晒预算, 预算出炉, 预算公开) and
names no 决算, and the figure's sentence names 支出 (a list of bodies' figures may follow it)
with no word of money already gone (实际, 已, 完成, 决算, 执行, 去年, 上年, a named year: 2017年
支出 is an earlier year's).
"""

from __future__ import annotations

import re

from govkg.ingest.text.lastmatch import last

__all__ = ["published_budget_kind"]

_HEADLINE = re.compile(r"(?:公布|晒出?|公开)(?:\d{4}年度?)?(?:部门)?预算|预算(?:出炉|公开)")
_FIRST_LINE = re.compile(r"\s*([^\n]*)")
_SPENT_WORD = re.compile(r"支出")
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
REACH = 120  # characters before the amount in which its sentence is read
_DONE = re.compile(r"实际|已|完成|决算|执行|去年|上年|20\d\d\s*年|累计|截[至止]")


def published_budget_kind(text: str, start: int, kind: str | None) -> str | None:
    """BUDGET for a 支出 figure of a news item headlined on budgets published (see above);
    else ``kind``."""
    if kind != "SPENDING":
        return kind
    cut = last(_SENTENCE_END, text, max(0, start - REACH), start)
    words = text[cut.end() if cut else max(0, start - REACH) : start]
    if not _SPENT_WORD.search(words) or _DONE.search(words):
        return kind
    first = _FIRST_LINE.match(text)
    headline = first.group(1) if first else ""
    if "决算" in headline or not _HEADLINE.search(headline):
        return kind
    return "BUDGET"
