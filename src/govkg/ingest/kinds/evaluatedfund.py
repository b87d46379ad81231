"""A fund's size in brackets after the fund an evaluation is of is its budget (forty-third trial).

A report or the letter sending it names the fund it evaluated with its size in brackets:

    我局对2016年度某某扶助专项资金(6778万元)认真进行了绩效评价

The bracket holds the figure alone, right after the fund's name; the sentence says the fund
was evaluated (对…(N万元)…进行(了)…评价 / 评估 / 自评). No act on the money is said: the figure is
the size of the fund evaluated, its budget, as the funds an evaluation's scope lists are
(``evaluationscope``). Read so only where the amount was unread, spent, received or other; a
bracket holding more than the figure (已支出80万元), a fund not evaluated in that sentence
(对…资金(80万元)进行了拨付), or a name ending on no fund's noun keeps its reading.
"""

from __future__ import annotations

import re

from govkg.ingest.kinds.kindwords import kind_of
from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.text.sentences import sentence_start

__all__ = ["evaluated_fund_kind"]

_FUND_BEFORE = re.compile(
    r"对[^。；;，,：:（()）]{1,50}?(?:资金|经费|补助金|扶助金|专项|项目)\s*[（(]\s*(?:人民币)?\s*$"
)
_EVALUATED_AFTER = re.compile(
    r"\s*[)）][^。；;（()）\d]{0,12}?(?:进行|开展|实施)了?[^。；;，,\d]{0,10}?(?:评价|评估|自评)"
)
_BARE_FUND = re.compile(
    r"(?:^|[，,；;：:])\s*(?:(?:19|20)\d\d\s*年度?)?[“\"‘]?"
    r"[^。；;，,：:（()）“”\"‘’\d]{1,30}?(?:资金|经费|专项)[”\"’]?\s*$"
)
_BARE_EVALUATED = re.compile(
    r"\s*[，,]?\s*(?:进行|开展|实施)了?[^。；;，,\d]{0,10}?(?:评价|评估|自评)"
)
"""Trial 62's 1244: a fund's name alone in its clause, its year before it and its figure bare
after it, then the evaluation said at once (组织专门力量,2016年度“科学普及专项资金”1780万元,进行
绩效评价): the figure is the fund's size, as in brackets; only where no word of its clause but
the fund's nouns names a kind (a 使用 said in the clause before it, 提高资金使用效益, made it spent:
the clause's nearest money word), and not where the name names an act (支出“甲资金”…)."""
_FUND_NOUNS = re.compile(r"资金|经费|专项")
REACH = 200  # characters before the amount in which its sentence's start is looked for


def evaluated_fund_kind(text: str, start: int, end: int, kind: str | None) -> str | None:
    """BUDGET for a fund's size in brackets after the fund an evaluation is of; else ``kind``."""
    if kind not in (None, "SPENDING", "REVENUE", "OTHER"):
        return kind
    before = PINYIN.sub("", text[sentence_start(text, start, REACH) : start])
    after = PINYIN.sub("", text[end : end + 40])
    bare = _BARE_FUND.search(before)
    if (
        kind in (None, "SPENDING")
        and bare
        and kind_of(_FUND_NOUNS.sub("", bare.group())) is None
        and _BARE_EVALUATED.match(after)
    ):
        return "BUDGET"  # …,2016年度“甲专项资金”1780万元,进行绩效评价 (trial 62's 1244)
    if not _FUND_BEFORE.search(before):
        return kind
    if not _EVALUATED_AFTER.match(PINYIN.sub("", text[end : end + 40])):
        return kind
    return "BUDGET"
