"""A 三公 item under a heading that says whose money the section states (twelfth trial).

A 三公 note may list its items on lines of their own, the total stated lines before or
not at all:

    二、“三公”经费预算收支增减情况
    …
    1.因公出国(境)费:0万元。
    2.公务用车购置及运行维护费1.5万元。其中:

The item's name says no kind (``threepublic.items`` finds no total in its paragraph), but the
section's heading does: a heading (一、…, (二)…) that names the 三公 经费 and 预算 and not
决算 states a budget, one that names 决算 and not 预算 the accounts (spending). The item
takes that kind only where every amount read between the heading and it (figures compared
with, 较上年X万元, 较预算数X万元, left out) is of that one kind, and where its own kind is
open (none read; or SPENDING only by its name's 费, which a budget heading overrides).

Eighteenth trial: an item numbered like a heading, on its own line under the section
("二、2018年“三公”经费支出预算情况说明 / … / (一)公务接待费支出3.1万元,比上年减少0.2万元。"),
is no heading of its own: the section's is the last heading above its line. An item written
…支出 under a budget heading is still the budget's (budgeted spending).
"""

from __future__ import annotations

import re

__all__ = ["comparand_free_kinds", "section_kind"]

KINDS = ("SPENDING", "BUDGET")
_HEADING = re.compile(
    r"^[ \t\u3000]*(?:[一二三四五六七八九十]+\s*[、.．]|[（(]\s*[一二三四五六七八九十]+\s*[）)])"
    r"[^\n]{0,60}$",
    re.M,
)
_THREE = re.compile(r"三\s*公")
_STATED = re.compile(r"\d\s*(?:万\s*元|元|亿\s*元)")
"""An amount on a numbered line: an item stated, not a section's heading."""
REACH = 1500  # characters back in which the section's heading is looked for

_COMPARAND = re.compile(
    r"(?:较|比|与)\s*(?:上年|上一年|去年|20\d\d\s*年|年初)?度?(?:同期)?(?:的)?"
    r"(?:预算|决算|(?:实际)?支出)?(?:总?额|数)?\s*\d[\d,]*(?:\.\d+)?\s*(?:万\s*元|元|亿\s*元)$"
)
"""An amount a figure is compared with (较上年1174万元, 较预算数1237万元; trial 54's 924 under
二、2011年“三公”经费预算情况: 因公出国(境)费303万元,比2010年实际支出330.08万元,减少27.08万元):
not a statement, so the budget heading says what the item is."""


def comparand_free_kinds(
    text: str, kinds: list[tuple[int, str | None]], begin: int, start: int
) -> set[str]:
    """The kinds (SPENDING, BUDGET) read in text[begin:start], but those of figures compared
    with (…1134万元,较上年1174万元减少40万元,较预算数1237万元…: the 预算数 is no statement)."""
    return {
        k
        for end, k in kinds
        if begin < end <= start
        and k in KINDS
        and not _COMPARAND.search(text, max(begin, end - 24), end)
    }


def _section_heading(text: str, start: int) -> re.Match | None:
    """The last heading before the item at ``start``: its own line where that names the
    三公 (二、“三公”经费预算情况:因公出国(境)费:0万元), else the last line above it that is a
    heading and states no amount; an item numbered as a heading ((一)公务接待费支出3.1万元,
    比上年减少0.2万元。) is no section's heading (eighteenth trial)."""
    heading = None
    for found in _HEADING.finditer(text, max(0, start - REACH), start):
        if found.end() == start:  # the item's own line
            if _THREE.search(found.group()):
                heading = found
        elif not _STATED.search(found.group()):
            heading = found
    return heading


def section_kind(
    text: str, start: int, kind: str | None, kinds: list[tuple[int, str | None]]
) -> str | None:
    """The kind the 三公 heading of the item at ``start`` states (see above); else ``kind``."""
    heading = _section_heading(text, start)
    if heading is None or not _THREE.search(heading.group()):
        return kind
    words = heading.group()
    budget, accounts = "预算" in words, "决算" in words
    if budget == accounts:
        return kind
    said = "BUDGET" if budget else "SPENDING"
    if kind not in (None, "SPENDING") or (kind == "SPENDING" and said != "BUDGET"):
        return kind
    read = comparand_free_kinds(text, kinds, heading.end(), start)
    if read and read != {said}:
        return kind
    return said
