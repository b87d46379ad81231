"""Parts listed on the lines after a 其中 that closes a paragraph (twenty-first trial).

A transfer report states what was handed down, then opens the parts on the next lines:

    …下达各市县…补助资金39565.55万元(不含涉密资金),安排自治区本级有关部门预算资金
    13540.45万元。其中:

    1.一般项目及绩效奖励资金共计40803万元。其中

The item's words (一般项目及绩效奖励资金共计) name what the part is for, no kind; it is a part
of the money the sentence before 其中 states, and that sentence's amounts are all a budget
(下达, 安排…预算资金). ``money`` reads a part under 其中 by its total only within one
sentence, and the line break after 其中: ends it. An amount no word names takes the kind
of the amounts of the sentence that closes with 其中 where:

- it is the first amount of its line, and its words from the line's start (an item number
  aside) name no kind;
- the lines between it and the line ending with 其中 (：) are items of the same list, each
  opening with its number (1. / 2、 / (3)); a blank line aside, any other line ends the
  search;
- the sentence before that 其中 (from the sentence end before it) states at least one amount,
  and all its amounts have one kind: where they disagree (a budget and a change) the part is
  not shown to be of either, and stays unread.

The 其中 is looked for up to 1500 characters back: items described at length (1、…项目11000万元:
a paragraph of what it built) put the third item far below it (forty-first trial, 551's
土地流转费); the lines between must still all be numbered items.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govkg.ingest.text.amounts import MONEY

__all__ = ["lined_parts_kind"]

_NUMBER = re.compile(
    r"\s*(?:[（(]\s*[\d一二三四五六七八九十]+\s*[)）]|\d+\s*[.、．]|[一二三四五六七八九十]+、)"
)
"""An item's number opening its line: 1. / 2、 / (3) / 四、"""
_OPENS = re.compile(r"其中\s*[：:]?\s*$")
_SENTENCE_END = re.compile(r"[。！？!?；;]")
REACH = 1500  # characters before the amount in which the 其中 and its sentence are looked for


def lined_parts_kind(
    text: str,
    start: int,
    kind: str | None,
    kinds: list[tuple[int, str | None]],
    kind_of: Callable[[str], str | None],
) -> str | None:
    """The kind of the sentence whose closing 其中 opens the list the amount at ``start``
    is an item of (see above); else ``kind``. ``kinds``: (end, kind) of the amounts before."""
    if kind is not None:
        return kind
    line_start = text.rfind("\n", 0, start) + 1
    own = text[line_start:start]
    number = _NUMBER.match(own)
    words = own[number.end() :] if number else own
    if MONEY.search(own) or kind_of(words) is not None:
        return kind  # not the line's first amount, or its words name a kind
    opening = _opening_line(text, line_start, max(0, start - REACH))
    if opening is None:
        return kind
    among = _OPENS.search(text, opening, text.find("\n", opening))
    if among is None:
        return kind
    head = text[opening : among.start()].rstrip("。，, \t")
    ends = list(_SENTENCE_END.finditer(head))
    sentence_start = opening + (ends[-1].end() if ends else 0)
    said = {k for end, k in kinds if sentence_start < end <= among.start()}
    return said.pop() if len(said) == 1 and None not in said else kind


def _opening_line(text: str, line_start: int, low: int) -> int | None:
    """The start of the line that ends with 其中, the lines between it and ``line_start``
    being numbered items or blank; None where another line comes first."""
    end = line_start - 1
    while end > low:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if _OPENS.search(line):
            return start
        if line.strip() and not _NUMBER.match(line):
            return None
        end = start - 1
    return None
