"""The numbered items a lead opens right after a total (主要用于以下三个方面:) are its parts.

A transfer's report states the sum put in and then, one numbered line each, the parts it went
to, each with what was used of it (trial 50's 789, under (一)资金投入情况分析。):

    2024年我市共投入中央福彩公益金870.2万元,用于我市社会福利事业发展。主要用于以下三个方面:
    1.老年福利类资金675.2万元,资金使用288.2万元,资金未使用完成主要原因为…
    2.残疾人福利类资金90万元,资金使用6.81万元,…
    3.儿童福利类资金105万元,资金使用65.02万元,…

Each line's first figure is named only by its class of funds (老年福利类资金); the sentence before
the list says what the whole is (funds put in: a budget), and so what its parts are. An amount
no word names takes the kind of that total where:

- it is the first amount of a line opened by its number (1. / 2、/ (3)), the words before it
  only a name (no figure, no cut), and the lines above it, blank lines aside, are the items
  before it in order down to 1, each opened by its number;
- item 1's line follows a lead saying the whole falls into parts (主要用于以下三个方面:,
  包括以下几个部分:, 分为如下两类:), a count in it not less than the item's number;
- the total is the last amount before the lead, in the lead's sentence or the one right before,
  read as money a whole can be split into (a budget, revenue, spending, carry-over).

The lines' later figures (资金使用288.2万元) keep their own words' kind. A list with no lead, items
out of order, a lead after no total, and an amount whose own words name a kind keep their
reading (one-line lists of 一是…二是… are ``composedparts``'s).
"""

from __future__ import annotations

import re

__all__ = ["numbered_use_kind"]

_ITEM = re.compile(r"^[ \t\u3000]*(?:(?P<a>\d{1,2})\s*[.．、]|[（(]\s*(?P<b>\d{1,2})\s*[)）])")
_NAME_ONLY = re.compile(r"[^，,。；;：:！？!?\d\n]{0,30}")
_COUNT = "一二两三四五六七八九十"
_LEAD = re.compile(
    rf"(?:主要|具体)?(?:用于|包括|包含|分为|分成|涉及)"
    rf"(?:(?:以下|如下)(?P<n>[{_COUNT}\d]{{1,2}}|几)?|(?P<m>[{_COUNT}\d]{{1,2}}))个?"
    r"(?:方面|部分|类|项|块|领域)(?:资金|经费)?(?:\s*[，,]\s*其中)?\s*[：:]\s*$"
)
"""The lead: 主要用于以下三个方面: / 包括如下几个部分: (trial 50's 789), or a count with no 以下,
the items named as funds and 其中 before the colon (trial 53's 895: 总计43141万元,…。具体包括
六项资金,其中: then 1、…奖励资金12000万元 … 6、…专项资金1141万元)."""
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_KINDS = ("BUDGET", "REVENUE", "SPENDING", "CARRY_OVER")
_GAP = 80  # characters at most between the total and its lead


def _number(line: str) -> int | None:
    found = _ITEM.match(line)
    return int(found["a"] or found["b"]) if found else None


def _count(words: str | None) -> int | None:
    """The count a lead states (三 -> 3), None where it states none (几, or nothing)."""
    if not words or words == "几":
        return None
    if words.isdigit():
        return int(words)
    return _COUNT.index(words) if words in _COUNT[2:] else {"一": 1, "二": 2, "两": 2}.get(words)


def numbered_use_kind(
    text: str, start: int, kind: str | None, kinds: list[tuple[int, str | None]]
) -> str | None:
    """The kind of the total the amount at ``start`` is a numbered part of (see above); else
    ``kind``. ``kinds``: (end, kind) of each amount before it."""
    if kind is not None:
        return kind
    line_start = text.rfind("\n", 0, start) + 1
    own = text[line_start:start]
    number = _number(own)
    if number is None or not _NAME_ONLY.fullmatch(own, _ITEM.match(own).end()):
        return kind
    at = line_start  # where the item looked at starts
    wanted = number - 1
    while wanted > 0:  # the items above it, in order, blank lines aside
        end = at - 1
        while end > 0 and not text[text.rfind("\n", 0, end) + 1 : end].strip():
            end = text.rfind("\n", 0, end)
        if end <= 0:
            return kind
        at = text.rfind("\n", 0, end) + 1
        if _number(text[at:end]) != wanted:
            return kind
        wanted -= 1
    lead = _LEAD.search(text[max(0, at - 60) : at].rstrip())
    if lead is None:
        return kind
    stated = _count(lead["n"] or lead["m"])
    if stated is not None and number > stated:
        return kind
    lead_at = max(0, at - 60) + lead.start()
    before = [(end, k) for end, k in kinds if end <= lead_at]
    if not before:
        return kind
    total_end, total = before[-1]
    between = text[total_end:lead_at]
    if len(between) > _GAP or len(_SENTENCE_END.findall(between.strip())) > 1:
        return kind
    return total if total in _KINDS else kind
