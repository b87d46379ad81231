"""A news item saying bodies published a year's 三公经费, its figures in paragraphs of the
三公's items: a sign of the genre with no title (trial 64's 1339).

A portal's copy of a paper's roundup (11部委购车均价超25万:电监会3辆车总价112万 / 据财新网统计,
截至7月24日,已有95家部委在其官网上公布了2012年“三公经费”情况。… 2012年,国家体育总局共购置5辆
公务用车,支出207.32万元 … 2012年该部门共购置公务用车3辆,…购置费支出112.24万元) headlines the
cars, not the 三公, and names the 三公 as a year's 情况, not as its 决算 or 预算: the signs asked
so far (``threepublicheadline``, ``threepublicaccounts``) want one of those. It is 三公 news,
which the corpus files with the final accounts (993, 994, 998, 1077).

Both are asked: a clause saying a year's 三公经费 was published (公布了2012年“三公经费”情况,
公开了2035年度“三公”经费决算), a done act (了); and money stated at least twice in paragraphs
naming the 三公 or one of its items (公务接待, 公务用车, 因公出国). A text of another class than
news (``otherclasses``) is not read. A publishing asked or planned (要求各部门公开三公经费), a
year's 三公 with no figure, or figures only in paragraphs of other money, stay refused.
"""

from __future__ import annotations

import re

from govkg.ingest.document.otherclasses import other_class
from govkg.ingest.text.amounts import MONEY
from govkg.ingest.threepublic.words import QUOTED

__all__ = ["reports_three_public_disclosed"]

_S = r"[ \t\u3000]*"
_DISCLOSED = re.compile(
    rf"(?:公{_S}布|公{_S}开){_S}了{_S}20\d\d{_S}年{_S}度?[^。；;！？!?\n\d]{{0,8}}?{QUOTED}"
)
"""公布了2012年“三公经费”, 公开了2035年度市本级“三公”经费: a year's 三公 published."""
_OF_THREE_PUBLIC = re.compile(r"三\s*公|公\s*务\s*接\s*待|公\s*务\s*用\s*车|因\s*公\s*出\s*国")
ENOUGH = 2
SCANNED = 20_000  # characters


def reports_three_public_disclosed(text: str) -> bool:
    """True where ``text`` (simplified, a mirror's readings taken out) says a year's 三公经费
    was published and states money at least ``ENOUGH`` times in paragraphs of the 三公 or
    its items (see above), in a text of no other class than news."""
    scanned = text[:SCANNED]
    if not _DISCLOSED.search(scanned):
        return False
    stated = 0
    for paragraph in scanned.split("\n"):
        if _OF_THREE_PUBLIC.search(paragraph):
            stated += len(MONEY.findall(paragraph))
    return stated >= ENOUGH and other_class(text) in (None, "news")
