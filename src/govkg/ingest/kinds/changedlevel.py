"""The level a figure came to, said right after its change, is no change (eighteenth trial).

A district's accounts report says what an adjustment did to a figure, then where the figure
stands after it:

    相应结转下年减少133万元,为115,055万元。

133万元 is the change (减少); 115,055万元 is the carry-over after it, money of the carry-over's
kind, though 减少 is the nearest money word before it and read it as a change. An amount
whose own words are only 为 / 是 / 达 / 达到 / 降至 / 增至 after a comma that follows a change's
figure right away (增加, 减少, 增长, 下降, 增, 减 + figure + unit) takes the kind its subject
names: the words before the change word in that clause, cut before a comparison (较, 比,
与, 同比: 收入较上年决算数减少…, whose 决算 names the year compared with, not the figure).
A subject that names no kind (公务接待费减少2万元,为3万元) leaves the amount unread, said
why: a level is never a change, and its kind is not said. A rate after the comma
(为上年的97%) is no amount and never reaches here; an amount after other words
(减少133万元,主要是支付…50万元) is read by those words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govkg.ingest.text.numbers import NUMBER

__all__ = ["LEVEL_REASON", "level_kind"]

_LEVEL = re.compile(
    rf"(?P<change>增加|减少|增长|下降|(?<![增减])[增减])了?\s*{NUMBER}\s*(?:万元|元|亿元)"
    r"\s*[，,]\s*(?:为|是|达到?|[增降]至)\s*$"
)
_CLAUSE_CUT = re.compile(r"[，,。；;：:\n]")
_COMPARISON = re.compile(r"较|比|与|同比")
REACH = 80  # characters before the amount in which its change and subject stand
LEVEL_REASON = (
    "the level a figure came to after the change stated right before it (…减少133万元,为…): "
    "no change, and no word before the change says what kind of money the figure is"
)


def level_kind(
    text: str, start: int, kind: str | None, kind_of: Callable[[str], str | None]
) -> tuple[str | None, str | None]:
    """(kind, reason if unread) of the amount at ``start`` where it is the level after a
    change (see above); else (``kind``, None)."""
    low = max(0, start - REACH)
    found = _LEVEL.search(text, low, start)
    if found is None:
        return kind, None
    cuts = list(_CLAUSE_CUT.finditer(text, low, found.start()))
    subject = text[cuts[-1].end() if cuts else low : found.start()]
    compared = _COMPARISON.search(subject)
    subject = subject[: compared.start()] if compared else subject
    if not subject.strip():
        return kind, None  # the figure changed is named in a clause before: not said here
    named = kind_of(subject)
    if named is None or named == "CHANGE":
        return None, LEVEL_REASON
    return named, None
