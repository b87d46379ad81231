"""Rule ``three-public-budget-intro``: the 三公 figures a colon introduces as a year's 三公
budget are budgets (trial 60's 1163).

A news item may set a unit's 三公 accounts beside its budget, each in a paragraph of its own:
the budget's opens by naming it, then a colon, then its figures stated as the total and items
of spending (记者查询…公布的某区2035年“三公经费”预算安排情况:2035年某区本级公共预算财政“三公经费”
支出总额为1841.3万元。其中:因公出国(境)费用0万元;公务接待费140万元;…). Read alone, each figure
is spending by its 支出 or its fee's name; the paragraph says they are what was budgeted. A
figure read as SPENDING, its clause naming the 三公 or one of its items, in the paragraph after
such an opening (三公…预算(安排)情况 and a colon) is BUDGET, unless words of money spent or
accounted (决算, 执行, 实际, 完成, 节约…) stand between the colon and the figure. Another
paragraph (the 决算's, the comparison's) keeps its readings.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.threepublic.words import ITEM_NAMES, QUOTED, clause_before

__all__ = ["budget_intro_kind"]

REACH = 400  # characters back in which the paragraph's opening is looked for
_OPENING = re.compile(
    rf"(?:{QUOTED}|三\s*公)[^。；;！？!?\n:：]{{0,8}}?预\s*算(?:安\s*排)?(?:情\s*况|如\s*下)\s*[:：]"
)
"""The opening that introduces the 三公 budget's figures: …“三公经费”预算安排情况:."""
_SPENT = re.compile(r"决\s*算|执\s*行|实\s*际|完\s*成|节\s*约|结\s*余|上\s*年|去\s*年")
_ITEM = re.compile(rf"三\s*公|{ITEM_NAMES}|公\s*车")


def budget_intro_kind(text: str, start: int, kind: str | None) -> str | None:
    """BUDGET for a 三公 figure read as spending after an opening that introduces the 三公
    budget's figures in its paragraph (see above); else ``kind``."""
    if kind != "SPENDING":
        return kind
    line_start = text.rfind("\n", max(0, start - REACH), start) + 1
    if line_start == 0 and start > REACH:
        return kind  # the paragraph opens further back than is read
    paragraph = PINYIN.sub("", text[line_start:start])
    opening = None
    for opening in _OPENING.finditer(paragraph):  # noqa: B007 (the last one is kept)
        pass
    if opening is None or _SPENT.search(paragraph, opening.end()):
        return kind
    if not _ITEM.search(PINYIN.sub("", clause_before(text, start, 60))):
        return kind
    return "BUDGET"
