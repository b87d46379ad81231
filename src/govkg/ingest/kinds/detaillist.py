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

A lead may end its line and the items follow one a numbered line (项目支出6,512,450.75元，具体为：
then 1.…运行维护费…；2.…节点建设费2,340,000.00元，该项目为…（总投资1.26亿元…）的组成部分；…): the
list runs over those lines, and an amount in brackets inside an item (the whole an item is
part of) is not counted among the list's amounts.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import amounts
from govkg.ingest.text.lastmatch import last as _last
from govkg.ingest.text.sentences import sentence_end, sentence_start

__all__ = ["detail_list_kind"]

_LEAD = re.compile(
    r"[，,]\s*(?:具体(?:内容|明细|情况)?(?:包括|如下|为)|明细(?:如下|为)|主要包括)\s*[：:]"
)
_OPENING_LEAD = re.compile(r"具体(?:内容|明细|情况)?(?:包括|如下|为|是)\s*[：:]")
"""A lead opening the sentence after the total's (trial 52's 864: 一是布达拉宫管理处,下达预算资金
9378万元。具体是:布达拉宫雪城修缮展示工程项目3005万元;…;布达拉宫消防提升工程项目1613万元。): the
items are the total's as they are after a comma, on the same guard (7765万元 listed, no more
than 9378万元); a 具体是: after a sentence ending on words, not an amount, opens nothing."""
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
    stop = sentence_end(text, start, REACH)
    opening = _OPENING_LEAD.match(text, first, start) if lead is None else None
    if opening and first > 1 and text[first - 1] == "。":  # …9378万元。具体是:…: the sentence
        lead, first = opening, sentence_start(text, first - 1, REACH)  # before holds the total
    if lead is None and (lines := _numbered_lines(text, first)):
        first, stop = lines
        lead = _LEAD.search(text, first, stop)
    if lead is None:
        return kind
    total_end = lead.start()
    if lead.re is _OPENING_LEAD:
        total_end -= 1  # the 。 the total's sentence ends on
    if not _AMOUNT_END.search(text, first, total_end):
        return kind
    of = dict(kinds)
    while total_end > first and text[total_end - 1].isspace():
        total_end -= 1
    total_kind = of.get(total_end)
    before = list(amounts(text[first:total_end]))
    if total_kind is None or not before or first + before[-1].end != total_end:
        return kind
    listed = sum(a.yuan for a in amounts(_BRACKETED.sub("", text[lead.end() : stop])))
    return total_kind if listed <= before[-1].yuan else kind


_ITEM_LINE = re.compile(r"[ \t\u3000]*(?:(?P<dot>\d{1,2}[.．、])|(?P<bracket>[（(]\d{1,2}[）)]))")
"""A numbered item's line: 1. / 2、 or (1) / （2）, each a style of its own."""
_LEAD_ENDS_LINE = re.compile(rf"{_LEAD.pattern}\s*$")
_BRACKETED = re.compile(r"[（(][^（()）\n]*[）)]")
ITEM_LINES = 20  # numbered lines at most looked at on either side


def _numbered_lines(text: str, line_start: int) -> tuple[int, int] | None:
    """(start of the lead's line, end of the last item line) where the line starting at
    ``line_start`` is a numbered item of a list whose lead ends the line above its first
    item; else None."""
    if line_start == 0 or text[line_start - 1] != "\n":
        return None
    style = _style(text, line_start)
    if style is None:
        return None
    head = line_start  # the first item line: the line below the lead (itself numbered or not)
    for _ in range(ITEM_LINES):
        above = text.rfind("\n", 0, head - 1) + 1
        if _LEAD_ENDS_LINE.search(text[above : head - 1]):
            break
        if head == 0 or _style(text, above) != style:
            return None
        head = above
    else:
        return None
    lead_line = above
    end = line_start
    for _ in range(ITEM_LINES):
        line_end = text.find("\n", end)
        if line_end < 0:
            return lead_line, len(text)
        end = line_end + 1
        if _style(text, end) != style:  # the list's items end where their style does
            return lead_line, line_end
    return None


def _style(text: str, line_start: int) -> str | None:
    found = _ITEM_LINE.match(text, line_start)
    return found.lastgroup if found else None
