"""Whether the amount before a figure the excerpt ends inside is near enough to name its unit.

A figure cut by the excerpt's end (…减少1,913.0|) has lost its unit word; ``money`` lists it
unread in the unit of the amount before it, saying so, where that amount is of its
paragraph. A report's numbered section states its money under short headings
(1.项目资金到位情况。…经费11.2万元。全部列入财政预算。\\n2.项目资金执行情况。\\n项目资金按计划
执行,11|): the amount of the section before the heading is as near (fourth held-out
trial). So the lines between may be such headings: at most two, each short, with no figure
but its list number. Never more than 200 characters; the figure stays unread either way.

The amount's paragraph may close on a line of prose of its own before those headings, its
reasons with no figure (…增长3.88%。其中:…377.22万元,减少32.36%\n支出增长的主要原因:2016年度工资
福利略有增加;日常公用支出增加。\n(二)财政拨款支出与年初预算安排情况对比\n1.2016年财政拨款支出情况。
\n2016年度财政拨款支出2|: trial 59's 1153, its cut figure not listed before). That line is of
the paragraph, no heading: longer than one, a sentence ended, no figure. Three short headings
still bar the unit, and so does a line of prose with a figure of its own.
"""

from __future__ import annotations

import re

__all__ = ["same_section"]

_LIST_NUMBER = re.compile(r"^\s*(?:\d+|[一二三四五六七八九十]+)\s*[.、．]")
HEADING = 30  # characters at most of a heading line
PROSE = 120  # characters at most of the paragraph's closing line of prose


def same_section(text: str, unit_end: int, at: int) -> bool:
    """Whether the amount ending at ``unit_end`` may give its unit to the cut figure at
    ``at``: the same paragraph, or only short headings between (see above)."""
    if at - unit_end > 200:
        return False
    lines = text[unit_end:at].split("\n")
    middle = lines[1:-1]
    if len(middle) == 3 and _closing_prose(middle[0]):
        middle = middle[1:]  # the paragraph's closing words (支出增长的主要原因:…。), no figure
    return len(middle) <= 2 and all(
        len(line.strip()) <= HEADING and not re.search(r"\d", _LIST_NUMBER.sub("", line))
        for line in middle
    )


def _closing_prose(line: str) -> bool:
    """A line of prose closing the amount's paragraph: longer than a heading, a sentence
    ended, no figure (see above)."""
    words = line.strip()
    return (
        HEADING < len(words) <= PROSE
        and words.endswith("。")
        and not _LIST_NUMBER.match(words)
        and not re.search(r"\d", words)
    )
