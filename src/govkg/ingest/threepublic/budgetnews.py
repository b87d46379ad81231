"""Rule ``three-public-budget-news``: the 三公 figures of a news item on one year's 三公
budgets are budgets (trial 56).

A news item comparing places' or bodies' 三公 budgets says once, in its lead, what its
figures are ("从查询的数据看,…2013年三公经费预算总额多为5亿-10亿元"), then states each with
the 三公 or an item named as spending ("北京三公经费在查询的省份中最高,达11.1亿元",
"15个省份公车支出总额为75.54亿元": trial 56's 1032, fifteen provinces compared, in
traditional characters). Read alone, such a figure is spending; the item never spends: it
reports what was budgeted. Where the text's opening (its first lines, ``LEAD``) names a
year's 三公 budget in one sentence, and nothing in the whole text speaks of money spent or
accounted (决算, 执行, 实际, 完成, 上年/去年…), a figure read as SPENDING whose own clause
names the 三公 or one of its items is BUDGET. A text that also states what was spent keeps
its readings, as does a figure whose clause names another year than the lead's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from govkg.ingest.threepublic.words import clause_before

__all__ = ["budget_news_kind"]

LEAD = 300  # characters of the opening in which the lead's sentence is looked for
REACH = 60  # characters back in which a figure's clause is read
_BUDGETED = re.compile(
    r"((?:19|20)\d\d)\s*年[^。；;！？!?\n]{0,12}?三\s*公\s*[经經]\s*[费費][^。；;！？!?\n]{0,6}?[预預]\s*算"
)
"""The lead's sentence: 2013年三公经费预算总额…, 2014年各省三公经费预算…."""
_SPENT = re.compile(
    r"[决決]\s*算|[执執]\s*行|[实實]\s*际|完\s*成|上\s*年|去\s*年|同\s*比|[节節]\s*约|支\s*出\s*了"
)
"""Words of money spent or accounted anywhere in the text: then its figures may be spent."""
_ITEM = re.compile(
    r"三\s*公|公\s*[车車]|公\s*[务務]\s*接\s*待|出\s*国|出\s*[国國]|因\s*公"
)
_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")


def budget_news_kind(text: str, start: int, kind: str | None) -> str | None:
    """BUDGET for a 三公 figure read as spending in a news item on one year's 三公 budgets
    (see above); else ``kind``."""
    if kind != "SPENDING":
        return kind
    year = _budget_year(text)
    if year is None:
        return kind
    clause = clause_before(text, start, REACH)
    if not _ITEM.search(clause):
        return kind
    if any(int(stated) != year for stated in _YEAR.findall(clause)):
        return kind
    return "BUDGET"


@lru_cache(maxsize=64)
def _budget_year(text: str) -> int | None:
    """The year whose 三公 budget the opening's sentence names, where the text states no
    money spent; else None."""
    lead = _BUDGETED.search(text, 0, LEAD)
    if lead is None or _SPENT.search(text):
        return None
    return int(lead.group(1))
