"""The parts a total is said to be made of, listed 一是…二是… and 含…, have the total's kind.

A transfer's report states the sum handed down and then what it is made of, part by part,
each part's own sub-parts after 含 (forty-ninth trial's 766):

    2020年度,财政部会同应急管理部共下达我省中央自然灾害救灾资金15.4235亿元。主要包含三大
    方面:一是中央自然灾害救灾资金(重特大自然灾害救灾)9.9162亿元。含自然灾害生活救助资金
    2.7609亿元、农房恢复重建资金4.4645亿元、…抗洪抢险救灾资金1.1亿元。二是中央自然灾害救灾
    资金(冬春临时生活困难救助)5.323亿元。

The parts only name the funds; the sentence before the list says what the whole is (a budget
handed down), and so what its parts are. An amount no word names takes the kind of that
total where:

- it is the first amount of an item opened by its ordinal (一是, 二是…), the ordinals before
  it down to 一是 opening items in order, and 一是 follows a lead saying what the total is
  made of (主要包含三大方面:, 包括以下几个部分:, 分为…:) right after the total's sentence;
- or it is an item of a list a sentence opens with 含 / 包含 / 包括 right after the amount
  whose parts they are (…9.9162亿元。含…2.7609亿元、…1.1亿元), the items cut by 、 alone;
  the part's kind is then the amount before the 含.

The total (or the part before 含) must have a kind of money a whole can be split into: a
budget, revenue, spending, a need or carry-over. A list with no such lead (一是…需资金, read
by ``enumerated``), a 含 after a clause's cut that is no sentence's end, and an amount whose
own words name a kind keep their reading.
"""

from __future__ import annotations

import re

__all__ = ["composed_part_kind"]

_ORDINALS = "一二三四五六七八九十"
_OPENER = re.compile(rf"(?:(?<=^)|(?<=[\n。；;，,、:：)）元]))(?P<n>[{_ORDINALS}])是", re.M)
_LEAD = re.compile(
    r"(?:主要)?(?:包含|包括|分为|分成|由)[^。；;\n：:]{0,10}?(?:方面|部分|类|项|块|个)?"
    r"(?:组成|构成)?\s*[：:]\s*$"
)
"""What a total is made of, right before its 一是: 主要包含三大方面:, 包括以下几个部分:."""
_SENTENCE_GAP = re.compile(r"\s*[。；;]?\s*")
_CONTAINS = re.compile(r"(?:^|(?<=[。；;\n]))\s*(?:其中)?(?:含|包含|包括)[：:]?")
_NEXT_ITEM = re.compile(r"\s*、[^、，,。；;：:\n]{1,30}?")
"""The cut to the next item of a 含 list and that item's name: 、农房恢复重建资金."""
_CLAUSE_CUT = re.compile(r"[，,。；;：:\n]")
_KINDS = ("BUDGET", "REVENUE", "SPENDING", "PLANNED", "CARRY_OVER")
REACH = 800  # characters before the amount in which its list is looked for


def composed_part_kind(
    text: str, start: int, kind: str | None, kinds: list[tuple[int, str | None]]
) -> str | None:
    """The kind of the total the amount at ``start`` is a listed part of (see above); else
    ``kind``. ``kinds``: (end, kind) of each amount before it."""
    if kind is not None:
        return kind
    return _contained(text, start, kinds) or _ordered(text, start, kinds) or kind


def _kind_ending(kinds: list[tuple[int, str | None]], at: int, text: str) -> str | None:
    """The kind of the last amount before ``at`` where only a sentence's end stands between
    it and ``at``."""
    before = [(end, k) for end, k in kinds if end <= at]
    if not before:
        return None
    end, found = before[-1]
    if not _SENTENCE_GAP.fullmatch(text, end, at):
        return None
    return found if found in _KINDS else None


def _contained(text: str, start: int, kinds: list[tuple[int, str | None]]) -> str | None:
    """A part listed after 含 right after the amount it is a part of."""
    low = max(0, start - REACH)
    opened = None
    for opened in _CONTAINS.finditer(text, low, start):  # noqa: B007 (the last one is kept)
        pass
    if opened is None:
        return None
    inside = [end for end, _ in kinds if opened.end() <= end <= start]
    # every amount since the 含 is an item cut from the next by 、 alone
    if any(_NEXT_ITEM.match(text, end) is None for end in inside):
        return None
    if _CLAUSE_CUT.search(text, opened.end(), start):
        return None
    return _kind_ending(kinds, opened.start(), text)


def _ordered(text: str, start: int, kinds: list[tuple[int, str | None]]) -> str | None:
    """The first amount of an item of a 一是…二是… list a lead opens after its total."""
    low = max(0, start - REACH)
    openers = list(_OPENER.finditer(text, low, start))
    if not openers:
        return None
    own = openers[-1]
    if any(own.end() <= end < start for end, _ in kinds):
        return None  # another amount between its ordinal and it: not its item's first
    wanted = _ORDINALS.index(own["n"])
    at = len(openers) - 1
    while wanted > 0:  # 二是, then 一是, backwards, in order
        wanted -= 1
        at -= 1
        while at >= 0 and openers[at]["n"] != _ORDINALS[wanted]:
            if _ORDINALS.index(openers[at]["n"]) < wanted:
                return None  # an ordinal out of order: another list
            at -= 1
        if at < 0:
            return None
    first = openers[at]
    lead = _LEAD.search(text, max(0, first.start() - 30), first.start())
    if lead is None:
        return None
    return _kind_ending(kinds, lead.start(), text)
