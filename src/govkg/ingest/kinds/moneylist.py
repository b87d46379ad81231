"""A numbered list's items under a sum of money are money, their bare 万 too (trial 63).

A budget note may list what a fund is arranged for one numbered item after another, each a
name and a bare 万 (安排预算内专项经费180万元,主要项目:1、委员补助21万;2、常委活动8万;3、联络3万;
…: trial 63's 1278, a CPPCC committee's note in traditional characters). ``money`` takes a
bare 万 only where its clause names money (经费, 补助…), so the items whose names say no money
(常委活动, 联络, 例会) were lost while their neighbours (委员补助, 信访经费) were read. Each item
is an amount of the sum the list is of: the sentence states that sum with a money word and its
unit (…经费180万元), then a colon, then the numbered items, each a name and a figure in 万,
up to this one. A count's list (共有人员43人,其中:1、在职23人;…), items not numbered, a list
whose head names no money or states no amount, and a sentence cut before its colon are not.
The item's kind is read as any amount's is: an item no word names stays unread unless its
section or its total places it.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN

__all__ = ["in_money_list"]

_SENTENCE_END = re.compile(r"[。！？!?\n]")
REACH = 600  # characters looked back for the sentence's start
_ITEM = r"\d{1,2}\s*[、.．]\s*[^。；;，,：:\d\n]{1,30}?"
"""A numbered item's number and name (2、常委活动): no figure, no clause's cut."""
_LIST = re.compile(
    r"(?:经费|资金|预算|支出|拨款|补助)[^。；;：:\d\n]{0,4}?\d+(?:\.\d+)?\s*(?:万元|亿元|元)"
    r"[^。；;：:\d\n]{0,12}[：:]\s*"
    rf"(?:{_ITEM}\d+(?:\.\d+)?\s*万元?\s*[；;，,、]\s*)*{_ITEM}$"
)
"""A sum with its money word and unit, a colon, the items before this one (a name and a
figure in 万 each), and this item's number and name right before its figure."""


def in_money_list(text: str, at: int) -> bool:
    """Whether the amount at ``at`` is a numbered item of a list under a sum of money (see
    above); ``text`` is simplified (one character for one)."""
    low = max(0, at - REACH)
    start = low
    for end in _SENTENCE_END.finditer(text, low, at):
        start = end.end()
    return _LIST.search(PINYIN.sub("", text[start:at])) is not None
