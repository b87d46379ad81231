"""A news item headlined on the “三公” accounts or budgets, its figures stated in paragraphs of
the 三公: a sign of the genre with no title (trial 62's 1265).

A library's mirror of a newspaper's page on a city's districts' 三公 决算 (广州11区晒“三公”决算
其中9区下降 / 作者/责任者:… / 均降 / 越秀下降过半 / 每逢“三公”预算和决算公布,公众较为关注的都是
公务接待费用。2015年度11个区的该项费用决算均有所下降,… 番禺区较上一年度下降502.01万元,…)
names the 三公 with money in no one clause (``threepublicfigures``): its figures follow the
item the paragraph speaks of (公务接待费用 … 该项费用 … 下降502.01万元). It is 三公 news, which
the corpus files with the final accounts (993, 994, 998, 1077).

Both are asked: a headline, a short line of the opening with no sentence's end, naming the
三公 with its 决算 or 预算 (晒“三公”决算, “三公”经费预算公布); and money stated at least twice in
paragraphs that name the 三公 or one of its items (公务接待, 公务用车, 因公出国). A text of another
class than news (``otherclasses``) is not read. A news item on 三公 with no figure, or figures
in paragraphs of other money, stays refused.
"""

from __future__ import annotations

import re

from govkg.ingest.document.otherclasses import other_class
from govkg.ingest.text.amounts import MONEY

__all__ = ["headlines_three_public"]

_HEADLINE = re.compile(
    r"^[^\n。！？!?]{0,30}?三\s*公\s*[”\"'」』’]?\s*(?:经\s*费\s*)?(?:决\s*算|预\s*算)"
    r"[^\n。！？!?]{0,30}$",
    re.M,
)
"""广州11区晒“三公”决算 其中9区下降: the 三公's accounts or budget in a short headline."""
_OF_THREE_PUBLIC = re.compile(r"三\s*公|公\s*务\s*接\s*待|公\s*务\s*用\s*车|因\s*公\s*出\s*国")
HEADLINE_REACH = 300  # characters of the opening in which the headline is looked for
ENOUGH = 2
SCANNED = 20_000  # characters


def headlines_three_public(text: str) -> bool:
    """True where ``text`` (simplified, a mirror's readings taken out) is headlined on the 三公's
    accounts or budget and states their money at least ``ENOUGH`` times (see above)."""
    if not _HEADLINE.search(text[:HEADLINE_REACH]):
        return False
    stated = 0
    for paragraph in text[:SCANNED].split("\n"):
        if _OF_THREE_PUBLIC.search(paragraph):
            stated += len(MONEY.findall(paragraph))
    return stated >= ENOUGH and other_class(text) in (None, "news")
