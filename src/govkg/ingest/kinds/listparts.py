"""The parts of an amount listed in brackets after it, and the items of its list (fifth trial).

A report may break a total down in one line, each item with its own breakdown in brackets:
项目支出决算为150万元,其中:房屋建筑物支出66.2万元(其中:中小公租房4.53万元;中小综合楼
13.61万元)、办公设备购置1.9万元(购…1套)、专用设备购置11.4万元(购…5万元;…6.4万元)…
The items' own words (中小综合楼, 办公设备购置) name no kind, and the ; inside the brackets cuts
the clause, so ``money`` left them unread. But an amount in a bracket opened right after an
amount (66.2万元(其中:…13.61万元) is a part of that amount, of its kind; and an amount after
、 that follows an amount (its bracket closed in between: 66.2万元(…)、办公设备购置1.9万元)
is the next item of the same list, of that amount's kind. Only where the amount is unread
and the words in its bracket compare with nothing (上年, 较, 比, 占…: another year or a
share, not a part); a bracket opened after anything but an amount (变压器3台) says nothing.
"""

from __future__ import annotations

import re

__all__ = ["list_part_kind"]

_OPEN, _CLOSE = "(（", ")）"
_AMOUNT_END = re.compile(r"[万亿]?元$")
_COMPARES = re.compile(r"上年|去年|同期|较|比|占|相当于|折合|约合")
_LABEL_STOP = "，,。；;：:\n"
REACH = 300  # characters back in which the bracket or the list's previous item is looked for


def list_part_kind(
    text: str, start: int, kind: str | None, kinds: list[tuple[int, str | None]]
) -> str | None:
    """The kind of the amount it is a part or a next item of (see above); else ``kind``."""
    if kind is not None:
        return kind
    of = dict(kinds)
    opened = _unclosed_bracket(text, start)
    if opened is not None:
        if _COMPARES.search(text, opened, start):
            return kind
        return of.get(opened) if _AMOUNT_END.search(text, 0, opened) else kind
    before = _previous_item(text, start)
    return of.get(before) if before is not None else kind


def _unclosed_bracket(text: str, start: int) -> int | None:
    """Where the innermost bracket still open at ``start`` opens, in its sentence."""
    depth = 0
    for at in range(start - 1, max(-1, start - REACH), -1):
        char = text[at]
        if char in "。\n":
            return None
        if char in _CLOSE:
            depth += 1
        elif char in _OPEN:
            if depth == 0:
                return at
            depth -= 1
    return None


def _previous_item(text: str, start: int) -> int | None:
    """The end of the amount before ``、label`` (a closed bracket between skipped)."""
    at = start - 1
    while at >= 0 and start - at < 40 and text[at] not in _LABEL_STOP + "、" + _OPEN + _CLOSE:
        at -= 1
    if at < 0 or text[at] != "、":
        return None
    at -= 1
    if at >= 0 and text[at] in _CLOSE:  # 66.2万元(其中:…)、: back over the bracket
        depth = 0
        low = max(-1, start - REACH)
        while at > low:
            if text[at] in _CLOSE:
                depth += 1
            elif text[at] in _OPEN:
                depth -= 1
                if depth == 0:
                    break
            at -= 1
        if at <= low:
            return None
    else:
        at += 1
    return at if _AMOUNT_END.search(text, 0, at) else None
