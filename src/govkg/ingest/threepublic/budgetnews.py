"""Rule ``three-public-budget-news``: the 三公 figures of a news item on one year's 三公
budgets are budgets (trial 56).

A news item comparing places' or bodies' 三公 budgets says once, in its lead, what its
figures are ("从查询的数据看,…2013年三公经费预算总额多为5亿-10亿元"), then states each with
the 三公 or an item named as spending ("北京三公经费在查询的省份中最高,达11.1亿元",
"15个省份公车支出总额为75.54亿元": trial 56's 1032, fifteen provinces compared, in
traditional characters). Read alone, such a figure is spending; the item never spends: it
reports what was budgeted. Where the text's opening (its first lines, ``LEAD``) names a
year's 三公 budget in one sentence that reports it (公开, 公布, 查询的数据, 显示…: ``_REPORTED``,
trial 57), and no sentence of the text that states an amount speaks of money spent or
accounted (决算, 执行, 实际, 完成, 上年/去年…), a figure read as SPENDING whose own clause names
the 三公 or one of its items is BUDGET. A text that also states what
was spent keeps its readings, as does a figure whose clause names another year than the lead's.

Such words in a sentence stating no amount speak of how the budget is kept, not of money spent
(trial 57's 1074, 福建's 2013 三公 budget in a news item's traditional characters: 公开2013年
“三公”經費預算情况,公开的經費總額为7.22億元…, then 在執行中…從嚴控制, 確保“三公”經費決算不突破
預算, 不得超過上年壓縮后規模, no figure among them); the lead's 三公 may be quoted (“三公”經費).
"""

from __future__ import annotations

import re
from functools import lru_cache

from govkg.ingest.threepublic.words import clause_before

__all__ = ["budget_news_kind"]

LEAD = 300  # characters of the opening in which the lead's sentence is looked for
REACH = 60  # characters back in which a figure's clause is read
_BUDGETED = re.compile(
    r"((?:19|20)\d\d)\s*年[^。；;！？!?\n]{0,12}?三\s*公\s*[”\"'」』’]?\s*(?:[经經]\s*[费費])?"
    r"[^。；;！？!?\n]{0,6}?[预預]\s*算"
)
"""The lead's sentence: 2013年三公经费预算总额…, 2014年各省三公经费预算…; the 三公 quoted too,
公开2013年“三公”經費預算情况 (trial 57's 1074)."""
_REPORTED = re.compile(
    r"(?<!信息)(?:公\s*[开開]|公\s*布)(?!\s*(?:工\s*作|管\s*理|办\s*法|目\s*[录錄]))"
    r"|查\s*询|[数數]\s*据|[统統]\s*计(?!\s*[表錶])|[显顯]\s*示|披\s*露|晒|[获獲]\s*悉|[记記]\s*者"
)
"""The lead's sentence reports the budgets, as a news item does (向社会公开2013年“三公”經費預算
情况, 从查询的数据看, 2018年“三公”经费预算昨日公布); a unit's own note stating its budget
(2030年“三公”经费预算为50万元,其中:…) or a page's 信息公开 line is no such lead."""
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_SPENT = re.compile(
    r"[决決]\s*算|[执執]\s*行|[实實]\s*际|完\s*成|上\s*年|去\s*年|同\s*比|[节節]\s*约|支\s*出\s*了"
)
"""Words of money spent or accounted in a sentence of the text that states an amount: then its
figures may be spent."""
_SENTENCE = re.compile(r"[^。！？!?\n]+")
_AMOUNT = re.compile(r"\d[\d,]*(?:\.\d+)?\s*(?:万|亿|元)")
"""An amount of money a sentence states, its unit word 万 or 亿 alone too (约减60万)."""
_ITEM = re.compile(r"三\s*公|公\s*[车車]|公\s*[务務]\s*接\s*待|出\s*国|出\s*[国國]|因\s*公")
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
    if lead is None or not _REPORTED.search(_sentence_of(text, lead)):
        return None
    if any(
        _SPENT.search(sentence) and _AMOUNT.search(sentence) for sentence in _SENTENCE.findall(text)
    ):
        return None
    return int(lead.group(1))


def _sentence_of(text: str, found: re.Match) -> str:
    """The sentence ``found`` stands in."""
    begin = max((end.end() for end in _SENTENCE_END.finditer(text, 0, found.start())), default=0)
    after = _SENTENCE_END.search(text, found.end())
    return text[begin : after.start() if after else len(text)]
