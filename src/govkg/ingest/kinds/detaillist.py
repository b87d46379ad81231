"""The items of a detail list opened right after a total have the total's kind (thirty-second
trial).

A final-accounts note breaks a fee down after stating it:

    …共计支出6.77万元,具体内容包括:市场监督管理专项1.29万元,市场监督执法3.1万元;消费者权益
    保护0.17;药品事务0.18万元;…;行政运行1.25万元;事业运行0.17万元。

The items name classes of spending, no kind word; the first two took the 支出 of their
clause, but each ; cut the clause, so those after it were left unread. The list's lead says
what they are: 具体内容包括 / 具体包括 / 明细如下 / 主要包括 and a colon, right after a total,
opens the items of that total. An amount no word names, in the same sentence after such a
lead, has the kind of the total the lead follows, where the amounts of the list add up to no
more than the total (a list of more money than the total is not its detail). A lead after no
amount (具体内容包括: with no total before it) says nothing, and an item whose own words name
a kind is read by them.
"""

from __future__ import annotations

import re

from govkg.ingest.kinds.lastmatch import last as _last
from govkg.ingest.text.amounts import amounts
from govkg.ingest.text.sentences import sentence_end, sentence_start

__all__ = ["detail_list_kind"]

_LEAD = re.compile(
    r"[，,]\s*(?:具体(?:内容|明细|情况)?(?:包括|如下|为)|明细(?:如下|为)|主要包括)\s*[：:]"
)
_AMOUNT_END = re.compile(r"[万亿]?元\s*$")
REACH = 400


def detail_list_kind(
    text: str, start: int, kind: str | None, kinds: list[tuple[int, str | None]]
) -> str | None:
    """The kind of the total a detail list's lead follows (the rule above); else ``kind``."""
    if kind is not None:
        return kind
    first = sentence_start(text, start, REACH)
    lead = _last(_LEAD, text, first, start)
    if lead is None or not _AMOUNT_END.search(text, first, lead.start()):
        return kind
    of = dict(kinds)
    total_end = lead.start()
    while total_end > first and text[total_end - 1].isspace():
        total_end -= 1
    total_kind = of.get(total_end)
    before = list(amounts(text[first:total_end]))
    if total_kind is None or not before or first + before[-1].end != total_end:
        return kind
    stop = sentence_end(text, start, REACH)
    listed = sum(a.yuan for a in amounts(text[lead.end() : stop]))
    return total_kind if listed <= before[-1].yuan else kind
