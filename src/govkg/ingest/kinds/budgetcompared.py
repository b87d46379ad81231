"""A fee's figure compared right after it with an earlier year's 预算, in a paragraph stating
budgets, is the fee's own budget.

A news item relaying a department's 三公 budget states an item's budget, then that item's parts
by their names alone (trial 55's 966, 审计署's 2015 budget):

    公务接待费2015年预算152.19万元,比2014年预算减少126.54万元,降低45%。外事接待费与上年预算
    持平;国内接待费76.19万元,比2014年预算减少126.54万元,降低62.42%

国内接待费 names no kind (the 费 of a name is no act), so the figure was left unread. But it is
compared at once with an earlier year's 预算 (比2014年预算减少, 较上年预算增加) in a paragraph
whose figures are budgets: budgets are compared with budgets, so it is that fee's budget, as a
fee compared with an earlier year's 决算 is its 决算 (``accountscompared``). Read so only where
the amount is unread, its own words end on a fee's name (…费, …经费, …费用), the comparison
follows the figure at once and names 上年 / 去年 / 上一年 or a year before one the paragraph
says its 预算 is of, and the last amount read as a budget or spending before it in the
paragraph is a budget. A 决算 compared with last year's budget (许镇镇2020年“三公”经费决算数…
比上年预算…, the corpus's 186: a paragraph of spending), a comparison with the same year's 预算
or 年初预算 (a budget or its execution, either), and an amount another word names keep their
readings.
"""

from __future__ import annotations

import re

from govkg.ingest.kinds.accountscompared import FEE_END
from govkg.ingest.text.amounts import PINYIN

__all__ = ["budget_compared_kind"]

_BUDGET_AFTER = re.compile(
    r"\s*[，,]?\s*(?:较|比|与)\s*(?:(?P<last>上年|上一年|去年)|(?P<year>20\d\d)\s*年)度?(?:的)?"
    r"\s*预算数?\s*(?:相比|相较)?\s*[，,]?\s*(?:增加|减少|增长|下降|上升|持平|基本持平|减|增)"
)
"""The comparison with an earlier year's 预算 said right after the figure."""
_BUDGET_YEAR = re.compile(r"(20\d\d)\s*年度?[^，,。；;\d]{0,12}?预\s*算")
"""A year the paragraph says its budget is of: 公务接待费2015年预算152.19万元."""
KINDS = ("SPENDING", "BUDGET")


def budget_compared_kind(
    text: str, start: int, end: int, own: str, kind: str | None, kinds: list[tuple[int, str | None]]
) -> str | None:
    """BUDGET for a fee's figure compared at once with an earlier year's 预算 in a paragraph of
    budgets (see above); else ``kind``."""
    if kind is not None or not FEE_END.search(own):
        return kind
    compared = _BUDGET_AFTER.match(PINYIN.sub("", text[end : end + 40]))
    if compared is None:
        return kind
    paragraph = text.rfind("\n", 0, start) + 1
    read = [k for e, k in kinds if paragraph < e <= start and k in KINDS]
    if not read or read[-1] != "BUDGET":
        return kind  # a paragraph of spending: a 决算 may be compared with last year's 预算
    if compared["year"]:
        said = [int(y) for y in _BUDGET_YEAR.findall(PINYIN.sub("", text[paragraph:start]))]
        if not said or int(compared["year"]) >= max(said):
            return kind  # 与2021年度预算相比: the same year's budget, or no later one said
    return "BUDGET"
