"""A 三公 item's difference from its budget is its change, CHANGE (twelfth and thirteenth trials).

``variance`` reads a difference from the budget (比年初预算减少537.35万元) as OTHER: in a
department's accounts it is how far an outcome fell short of its budget. A “三公”经费 note
compares each item with last year and with the year's budget in one sentence, and states
both differences as the item's changes: "公务接待费20万元,较上年减少2.5万元,较年初预算数减少
1万元". Where the sentence (back to its last 。 or ；, at most ``REACH`` characters) names a
三公 item (“三公”经费, 因公出国(境)费, 公务用车…, 公务接待费), the difference stays a CHANGE;
elsewhere ``variance``'s OTHER stands. A clause opening on the comparison itself (…“三公”经费
较上年减少5万元；较年初预算数减少1万元) has no subject of its own: it is the previous clause's,
so the sentence is then read back to its 。 (fifteenth trial).

Trial 53: a mirror prints a reading after each traditional character (衛(wèi)生部
“三公經(jīng)費(fèi)”財政撥款預(yù)算4732.23萬元,實(shí)際支出4296.44萬元,
比預(yù)算減少435.79萬元: 883); the sentence is read with the readings left out, as ``words``
reads the body, and its length counted without them.

Trial 56: a sentence giving the reason for the difference opens on it with no subject of its
own (中央本级2012年“三公经费”财政拨款预算执行数为80.95亿元。“之所以高于预算数1.11亿元,主要是因…:
1039); its subject is the sentence before, read back to the 。 before that one.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.threepublic.words import ITEM_NAMES

__all__ = ["of_three_public_item"]

_ITEM = re.compile(r"[“\"']?三公[”\"']?(?:经费|支出|开支)|" + ITEM_NAMES)
"""A 三公 item, or the 三公 named by their spending with no 经费 (2016年市本级“三公”支出合计为
9615.12万元,完成年初预算71.21%,比年初预算减少3887.49万元: trial 64's 1325, a news item)."""
_SENTENCE_END = re.compile(r"[。；;]")
_SUBJECTLESS = re.compile(r"\s*(?:较|比|与)")
_REASON_OPENING = re.compile(
    r"\s*[“\"'「]?\s*(?:之所以|所以)\s*(?:高于|低于|超过|超出|大于|小于|多于|少于)"
)
"""A sentence of the reason opening on the difference itself: “之所以高于预算数…."""
REACH = 150  # characters before the amount in which the sentence's item is looked for


def of_three_public_item(text: str, start: int) -> bool:
    """True where the sentence ending at ``text[start]`` names a 三公 item."""
    window = PINYIN.sub("", text[max(0, start - 2 * REACH) : start])[-REACH:]
    ends = list(_SENTENCE_END.finditer(window))
    sentence = window[ends[-1].end() :] if ends else window
    if ends and _SUBJECTLESS.match(sentence):  # ；较年初预算数减少…: the previous clause's item
        full = [e for e in ends if e.group() == "。"]
        sentence = window[full[-1].end() :] if full else window
    elif ends and _REASON_OPENING.match(sentence):  # 。“之所以高于预算数…: the one before
        sentence = window[ends[-2].end() :] if len(ends) > 1 else window
    return bool(_ITEM.search(re.sub(r"\s+", "", sentence)))
