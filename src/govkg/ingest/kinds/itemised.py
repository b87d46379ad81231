"""An amount in a list of purchases and works that its stated total adds up: spending.

Reports say where a fund went one clause per item, the item's act before its amount, and
close with the total: 修建仓库及围墙9.5万元；购置冷藏车一辆21万元；共计30.5万元. No money
word names the kind, yet each item names an act of spending (修建, 购置, 采购…) and the
items add up, to the yuan (in Decimal), to the 共计/合计 stated right after them: the list
says what the money was spent on. Each item and the total are SPENDING.

It says nothing where an item names no such act (人员工资8万元), where an item's words
name a kind of their own (预算…), where a clause holds more than one amount, where the
items do not add up to the total, or where fewer than two items come before it. Kept
apart from ``money`` (a module of its size) since it looks after the amount, not before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from govkg.ingest.text.amounts import amounts
from govkg.ingest.text.sentences import sentence_end, sentence_start

__all__ = ["itemised_kind"]

_CLAUSE_END = re.compile(r"[；;]")
_ACT = re.compile(
    r"建设|修建|新建|改建|扩建|兴建|建造|购买|购置|采购|增设|添置|安装|维修|修缮|改造|铺设"
)
"""Acts that spend money on a thing: building it, buying it, setting it up, mending it."""
_TOTAL = re.compile(r"\s*(?:共计|合计|总计)\s*[为是:：]?\s*$")
_PURPOSE_CUT = re.compile(r"[，,：:]")
_TOTAL_WORD = re.compile(r"共计|合计|总计")
REACH = 600  # characters of a sentence looked at on either side of the amount


def itemised_kind(
    text: str, start: int, end: int, kind_of: Callable[[str], str | None]
) -> str | None:
    """SPENDING where ``text[start:end]`` is an item, or the total, of a list of acts of
    spending whose items add up to the total stated right after them; else None.
    ``kind_of`` names the kind the words before an amount say (None: no word)."""
    low = max(0, start - REACH)
    if _TOTAL_WORD.search(text, low, end + REACH) is None:
        return None  # no total near it: cheap, so a long run of amounts stays linear
    first, last = sentence_start(text, start, REACH), sentence_end(text, end, REACH)
    clauses = []  # (words before its first amount, its amounts) of each clause
    clause_start = first
    for found in [*_CLAUSE_END.finditer(text, first, last), None]:
        clause_end = found.start() if found else last
        inside = list(amounts(text[clause_start:clause_end]))
        spans = [(clause_start + a.start, clause_start + a.end, a.yuan) for a in inside]
        words = text[clause_start : spans[0][0]] if spans else ""
        clauses.append((words, spans))
        clause_end = found.end() if found else last
        clause_start = clause_end
    for index, (words, spans) in enumerate(clauses):
        if not spans or not _TOTAL.search(words) or _TOTAL.sub("", words).strip():
            continue  # not a clause that opens on its total
        items = []
        for item_words, item_spans in reversed(clauses[:index]):
            purpose = _PURPOSE_CUT.split(item_words)[-1]
            if len(item_spans) != 1 or not _ACT.search(purpose) or kind_of(purpose):
                break
            items.append(item_spans[0])
        total = spans[0]
        if len(items) < 2 or sum((yuan for _, _, yuan in items), Decimal(0)) != total[2]:
            continue
        if any(a <= start and end <= b for a, b, _ in [*items, total]):
            return "SPENDING"
    return None
