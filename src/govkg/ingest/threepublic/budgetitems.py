"""Rule ``three-public-budget-items``: the items of a note titled as a year's 三公 budget are
budgeted (forty-eighth trial).

A note titled as a budget ("2016三公经费预算说明", "…局2018年预算“三公”经费情况说明": 预算 and
not 决算) states what the year's budget sets for each item and its parts, often by the fee's
name alone or with 开支: "公务接待费42万元,其中业务接待22万元", "公务用车维护费50000元,是我院
行政小车开支,其中油料款20000元、保险费8000元". Those names read as spending or as nothing; in
a budget note they are the budget's lines. An amount left open, or read as SPENDING, takes
BUDGET where its own words name no 支出 or 费用 (a budget note's 公务接待费用4万元 stays
spent, the sixteenth trial's reading), its clause says nothing of money actually spent
(no 决算, 实际, 执行, 完成, 已, 上年/去年) and names no year but the title's, and nothing
read before it in the note is SPENDING (a budget note whose body first states last year's
spending keeps its items as read). Its other kinds (a change, revenue, a rate) stay as read.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.threepublic.title import budget_note_year
from govkg.ingest.threepublic.words import clause_before

__all__ = ["budget_item_kind"]

_YEAR = re.compile(r"(20\d\d)\s*年")
_SPENT = re.compile(
    r"决\s*算|实\s*际|执\s*行(?!\s*公\s*务)|完\s*成|已|上\s*年|去\s*年|上\s*一\s*年|节\s*约"
    r"|结\s*余"
)
"""Words of money spent or of another year: such a clause is no budget line. 执行公务 (on
official duty: 执行公务和开展业务活动开支公务接待费3.1万元, trial 53's 887) names what the fee
is for, not a budget's execution."""
_SPENT_WORD = re.compile(r"支\s*出(?!\s*$)|费\s*用")
"""An item's own words naming spending: 支出, 费用 (a bare 费 or 款 names the item only); a
支出 that ends the words, right before the figure, is the item's line of the budget
(2、车辆运行维护费支出4.89万元: trial 53's 887 and 888, as ``title`` reads 公务接待费支出3.1万元),
while 支出费用 still says spent."""
REACH = 120  # characters back in which the clause is read


def budget_item_kind(
    text: str, start: int, kind: str | None, kinds: list[tuple[int, str | None]]
) -> str | None:
    """BUDGET for an open or spending-worded item of a note titled as a budget (see above);
    else ``kind``. ``kinds``: (end, kind) of each amount read before it."""
    if kind not in (None, "SPENDING"):
        return kind
    if any(before == "SPENDING" for _, before in kinds):
        return kind
    title = budget_note_year(text)
    if title is None:
        return kind
    clause = PINYIN.sub("", clause_before(text, start, REACH))
    if _SPENT.search(clause):
        return kind
    if kind == "SPENDING" and _SPENT_WORD.search(re.split(r"[,，、]|其中", clause)[-1]):
        return kind  # 公务接待费支出费用28万元, 公务接待费用4万元: said as spent (16th trial)
    stated = {int(y) for y in _YEAR.findall(clause)}
    return "BUDGET" if stated <= set(title) - {None} else kind
