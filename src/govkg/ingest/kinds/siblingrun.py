"""Items of a run of bodies and their figures take the kind their sentence's lead names (trial 64).

A news roundup ranks bodies by one figure each, one item after another, the kind of money named
once, before the run (trial 64's 1323, a roundup of the universities' 2016 决算 in traditional
characters: 從高校公布的決算數字來看,清華大學以218億元居首,北京大學為161億元,上海交通大學為141億元,
大學為171億元,復旦大學為100億元; 1322, of their 2018 budgets: 此外,年度支出较多的大学有北京大学
(125.54亿元)、上海交通大学(114.88亿元)、浙江大学(113.98亿元)、…). The first items stand near
enough to the lead for ``money`` to read its word; the later ones, past its reach, were listed
unread. Where the amount is an item of such a run (between commas or 、, a body's name of no
money word, maybe 为 / 是 / 以, the figure and its unit, bare or in brackets, at most a few words
after it such as 居首), the run holding three figures or more, the words before the run (the
sentence's lead, up to the first item's figure where the lead runs into it) name the kind of every
item: a budget, revenue, spending or carry-over.

A line that is nothing but such a run (清华大学297.21亿元,浙江大学191.77亿元,…武汉大学106.44亿元。)
under a heading line naming the kind (8所高校预算超百亿元) takes the heading's kind: the heading is
its lead. A run whose lead names no kind or only a change (比上年增加…), an item whose name says a
kind (its own words read it), a run of two figures, or a line under prose (a line ending on a
sentence's mark) reads nothing this way; nor does a run a 其中 opens (其中因公出国(境)费用972万元,
公务接待费7399万元,…: the parts of a total, trial 64's 1337), or 分别 / 依次 (``bodieslisted``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govkg.ingest.text.numbers import NUMBER
from govkg.ingest.text.sentences import ENDS, sentence_end, sentence_start

__all__ = ["sibling_run_kind"]

_UNIT = r"(?:亿元|万元|元)"
_ITEM = re.compile(
    rf"\s*(?P<name>[^\d，,。；;：:、()（）\s]{{1,12}}?)\s*(?:为|是|以)?\s*"
    rf"(?:[(（]\s*(?P<inner>{NUMBER})\s*{_UNIT}\s*[)）]|(?P<fig>{NUMBER})\s*{_UNIT})"
    r"(?P<tail>[\u4e00-\u9fff]{0,4})\s*"
)
"""An item: a body's name, maybe 为 / 是 / 以, its figure and unit, bare or in brackets, a few
words after (居首)."""
_LEAD_ITEM = re.compile(
    rf"(?P<figure>[(（]\s*{NUMBER}\s*{_UNIT}\s*[)）]|{NUMBER}\s*{_UNIT})[\u4e00-\u9fff]{{0,4}}\s*$"
)
"""The lead's own piece ending on the first item's figure (…较多的大学有北京大学(125.54亿元))."""
_SEPARATOR = re.compile(r"[，,、]")
_ENDS = ENDS + "；;"  # a sentence's ends, and ；: a run's items stop there too
_HEADING_ENDS = re.compile(r"[。；;！？!?：:，,]\s*$")
_PARTS = re.compile(r"其中|分别|依次")
"""A lead that opens parts of a total or a list it says is respective: read by their rules."""
KINDS = ("BUDGET", "REVENUE", "SPENDING", "CARRY_OVER")
REACH = 400  # characters of a sentence looked at on either side of the amount
HEADING = 50  # characters: a longer line above is no heading
FIGURES = 3  # figures a run holds at the least


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, at = [], start
    for found in _SEPARATOR.finditer(text, start, end):
        spans.append((at, found.start()))
        at = found.end()
    spans.append((at, end))
    return spans


def _item(text: str, span: tuple[int, int], kind_of: Callable[[str], str | None]):
    found = _ITEM.fullmatch(text, *span)
    if found is None or kind_of(found["name"]) or kind_of(found["tail"]):
        return None
    return found


def sibling_run_kind(text: str, start: int, kind_of: Callable[[str], str | None]) -> str | None:
    """The kind the lead of the run whose item's figure starts at ``start`` names (above);
    else None."""
    opening = sentence_start(text, start, REACH, _ENDS)
    pieces = _pieces(text, opening, sentence_end(text, start, REACH, _ENDS))
    here = next((i for i, (a, b) in enumerate(pieces) if a <= start < b), None)
    if here is None:
        return None
    own = _item(text, pieces[here], kind_of)
    if own is None or (own.start("inner") if own["inner"] else own.start("fig")) != start:
        return None
    first = here
    while first > 0 and _item(text, pieces[first - 1], kind_of):
        first -= 1
    last = here
    while last + 1 < len(pieces) and _item(text, pieces[last + 1], kind_of):
        last += 1
    figures = last - first + 1
    if first > 0:  # the lead: the words before the run, up to the figure its piece ends on
        lead_end = pieces[first - 1][1]
        joined = _LEAD_ITEM.search(text, pieces[first - 1][0], lead_end)
        if joined:
            figures, lead_end = figures + 1, joined.start()
        lead = text[opening:lead_end]
    elif opening > 0 and text[opening - 1] == "\n" and last == len(pieces) - 1:
        lead = _heading_above(text, opening - 1)  # a line that is only the run
    else:
        lead = ""
    if figures < FIGURES or not lead or _PARTS.search(lead):
        return None  # 其中甲费972万元,乙费7399万元: parts of a total, read as such
    kind = kind_of(lead)
    return kind if kind in KINDS else None


def _heading_above(text: str, line_end: int) -> str:
    """The line ending at ``line_end`` where it is a heading (short, no sentence's mark at its
    end, no figure with its unit); else ''."""
    line = text[text.rfind("\n", 0, line_end) + 1 : line_end]
    if not line.strip() or len(line) > HEADING or _HEADING_ENDS.search(line):
        return ""
    if re.search(rf"{NUMBER}\s*{_UNIT}", line):
        return ""
    return line
