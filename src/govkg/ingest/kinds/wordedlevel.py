"""The level a figure came to after a change said in words only takes the kind its sentence's
topic names (trial 54).

A news item sums up a 三公 note's two tables in one sentence, its topic first:

    2011年的预算数因公出国(境)费和公务接待费持平,但是公务用车购置及运行费比2010年稍多,为93.08万元。

93.08万元 is the cars item's figure in the 2011 budget: the clause says it came out a little
higher than 2010 (稍多: a change with no figure) and then where it stands (为…). No money word
stands near it; the sentence's topic, 2011年的预算数, says whose figures the sentence gives. An
amount no word names, or read as a change only by the comparison's own word (较上年略有减少,为…:
the level, not the change), takes the kind the topic names where:

- its own words are only 为 / 是 / 达到 / 增至 / 降至 after a comma that closes a comparison said
  in words (比2010年稍多, 较上年略有减少, 比去年有所增加): a change with no figure of its own
  (one with a figure, 减少133万元,为…, is ``changedlevel``'s);
- the sentence opens on its topic: a year and 预算(数) or 决算(数) (2011年的预算数, 2031年度决算),
  the words after it up to its first comma (a comparison there left out) naming no other kind;
- no other amount stands in the sentence before it.

A comparison stating a figure, a topic naming no kind or two, a level in a sentence opened
otherwise keep their reading (unread: no word before it says what kind of money it is).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govkg.ingest.text.amounts import amounts

__all__ = ["worded_level_kind"]

_WORDED = re.compile(
    r"(?:比|较|与)[^，,。；;\d]{0,16}?(?:20\d\d\s*年度?|上年|去年|上一年)[^，,。；;\d]{0,8}?"
    r"(?:稍|略|有所|略有|稍有)\s*(?:多|少|高|低|增加|减少|增长|下降|上升|提高|降低)"
    r"[，,]\s*(?:为|是|达到?|[增降]至)\s*$"
)
_TOPIC = re.compile(r"[\s\u3000]*(?:20\d\d)\s*年度?的?\s*(?:预算|决算)数?")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_COMMA = re.compile(r"[，,；;：:]")
_COMPARISON = re.compile(r"比|较|与|同比")
REACH = 160  # characters back in which the sentence's start is looked for


def worded_level_kind(
    text: str, start: int, kind: str | None, kind_of: Callable[[str], str | None]
) -> str | None:
    """The kind the topic of the sentence of the amount at ``start`` names, where it is the
    level after a change said in words (see above); else ``kind``."""
    if kind not in (None, "CHANGE"):
        return kind
    low = max(0, start - REACH)
    if _WORDED.search(text, low, start) is None:
        return kind
    ends = list(_SENTENCE_END.finditer(text, low, start))
    if not ends:
        return kind
    sentence = ends[-1].end()
    topic = _TOPIC.match(text, sentence)
    if topic is None:
        return kind
    comma = _COMMA.search(text, sentence, start)
    if comma is None or any(True for _ in amounts(text[sentence:start])):
        return kind
    rest = text[topic.end() : comma.start()]
    compared = _COMPARISON.search(rest)
    rest = rest[: compared.start()] if compared else rest  # 较上年略有减少: the comparison's
    said = kind_of(topic.group())
    named = kind_of(rest)
    return said if named in (None, said) and said in ("BUDGET", "SPENDING") else kind
