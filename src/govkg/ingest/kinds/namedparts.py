"""A total no word names, and its parts that each name one kind and add up to it exactly,
found in the seventh held-out trial.

A report may state a total with a slip or no kind word, then what it is made of:
基本支989312.11元,其中工资福利支出958359.61元;商品和服务支出30952.50元 (the 出 of 基本支出
lost), or …专项资金项目180200.00元,主要用于办公费支出16128.00元,维修(护)费103872.00元,
其他商品和服务支出15340.20元,…其他资本性支出44859.80元. The parts' own words name their kind
(支出: spending; 维修(护)费, an item's name, names none), and they add up, to the yuan
(Decimal), to the total: the total is money of that kind, the sum of its parts.

Read so only where all of it holds: the total was unread (no word before it names a kind);
right after it (its clause's comma at most between) 其中, 主要用于, 用于 or 包括 opens its
parts; two or more amounts right after, in its sentence, add up exactly to it (the first
run that does), two or more of them with words of their own naming the same kind and none
naming another. A part said after its figure to be shared out (其中1000万元按照…比例分配到
市州, ``saidafter.ALLOCATED_AFTER``) names a budget, whatever the words before it (forty-third
trial: the fund those shares add up to is the budget shared out). Parts of two kinds, fewer
than two naming a kind, or a sum off by a fen leave the total unread (``components`` reads
a 总计 whose parts name no kind).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from govkg.ingest.kinds.saidafter import ALLOCATED_AFTER
from govkg.ingest.text.amounts import amounts
from govkg.ingest.text.sentences import sentence_end

__all__ = ["named_parts_kind"]

_OPENS = re.compile(r"\s*[，,：:]?\s*(?:其中|主要用于|用于|主要包括|包括)\s*[：:，,]?")
REACH = 600  # characters after the total in which its parts are looked for
MOST = 12  # parts looked at


def named_parts_kind(
    text: str, start: int, end: int, kind: str | None, kind_of: Callable[[str], str | None]
) -> str | None:
    """The kind the total's parts share, where they add up to it (see above); else ``kind``."""
    opens = _OPENS.match(text, end)
    if kind is not None or opens is None:
        return kind
    stop = sentence_end(text, end, REACH)
    found = list(amounts(text[start:stop]))
    if len(found) < 3 or found[0].start != 0:
        return kind
    total, parts = found[0].yuan, found[1 : MOST + 1]
    previous, running, named = opens.end() - start, Decimal(0), []
    for part in parts:
        part_kind = kind_of(text[start + previous : start + part.start])
        if ALLOCATED_AFTER.match(text, start + part.end):
            part_kind = "BUDGET"  # 其中1000万元按…比例分配到市州: a share handed out
        named += [part_kind] if part_kind else []
        running += part.yuan
        previous = part.end
        if running > total or len(set(named)) > 1:
            return kind
        if running == total and len(named) >= 2 and part is not parts[0]:
            return named[0]
    return kind
