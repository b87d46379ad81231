"""Another organ's figures, quoted in a news item about one organ, are no money of the item's
subject: OTHER (trial 54).

A news item relaying one ministry's 三公 note may set another ministry's figures beside them
for comparison, in a sentence of their own (trial 54's 927, on 水利部's note):

    …在目前公布去年“三公”支出的26个部门中,水利部的公车费用最高,超过交通部。
    交通部去年“三公”支出10454.99万元,公车费用8256.08万元,占79%。
    水利部2010年因公出国(境)费财政拨款决算数为1075.78万元,…

The sentence's words read its figures as spending, but the spending is 交通部's, not the
subject's: another body's money, OTHER. Read so only where the sentence opens on a central
organ's name (``entities.centralorgan``: a ministry named bare, 国家…局, 中国…院) and names
no other organ, and the sentences on either side of it (the nearest with Chinese words) both
name one other organ, the item's subject; a rate stays a rate. A round-up of several organs,
each with its own sentences (新华网…中央和国家有关部门19日公布了“三公经费”情况: trial 54's 932,
卫生部, 中国人民银行, 商务部 in turn), an organ approving the subject's budget (财政部批复国土
资源部…: 920, the subject named in the sentence) and a sentence opening on the subject keep
their readings.
"""

from __future__ import annotations

import re

from govkg.ingest.entities.centralorgan import CENTRAL, is_central
from govkg.ingest.text.amounts import PINYIN

__all__ = ["other_organ_kind"]

_ORGAN = re.compile(CENTRAL)
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_CHINESE = re.compile(r"[\u4e00-\u9fff]")
_LEAD = re.compile(r"[^\u4e00-\u9fff]*")
"""What a sentence may hold before its first word: spaces, a forum's stray characters."""
REACH = 400  # characters looked at on either side of the amount's sentence


def other_organ_kind(text: str, start: int, kind: str | None) -> str | None:
    """OTHER for an amount in a sentence about another organ than the one the sentences on
    either side of it name (see above); else ``kind``."""
    if kind == "PRICE_OR_RATE":
        return kind
    low, high = max(0, start - REACH), min(len(text), start + REACH)
    before = list(_SENTENCE_END.finditer(text, low, start))
    after = _SENTENCE_END.search(text, start, high)
    if not before or after is None:
        return kind
    opened = before[-1].end()
    sentence = text[opened : after.end()]
    organs = _organs(sentence)
    lead = _LEAD.match(sentence).end()
    if len(organs) != 1 or not any(m.start() == lead for m in _matches(sentence)):
        return kind
    previous = _neighbour(list(_sentences(text[low : before[-1].start()]))[::-1])
    following = _neighbour(_sentences(text[after.end() : high]))
    if previous is None or following is None:
        return kind
    subject = (_organs(previous) & _organs(following)) - organs
    return "OTHER" if len(subject) == 1 else kind


def _matches(words: str) -> list[re.Match]:
    return [m for m in _ORGAN.finditer(PINYIN.sub("", words)) if is_central(m.group())]


def _organs(words: str) -> set[str]:
    return {m.group() for m in _matches(words)}


def _sentences(words: str):
    start = 0
    for end in _SENTENCE_END.finditer(words):
        yield words[start : end.end()]
        start = end.end()
    yield words[start:]


def _neighbour(sentences) -> str | None:
    """The nearest of ``sentences`` that has Chinese words (a forum's stray lines skipped)."""
    return next((s for s in sentences if len(_CHINESE.findall(s)) >= 4), None)
